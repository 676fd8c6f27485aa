import ContractHarness

extension RunConfiguration {
    /// Options `run` adds for CI: selection, shards and reports.
    static let selectionOptions = [
        OptionDefinition("tag", value: "T", repeatable: true, help: "Only specs tagged T (any of the given tags)."),
        OptionDefinition("id", value: "GLOB", repeatable: true, help: "Only specs whose id or file matches GLOB (* ? [abc])."),
        OptionDefinition("exclude", value: "GLOB", repeatable: true, help: "Leave out specs whose id or file matches GLOB."),
        OptionDefinition("shard", value: "K/N", help: "Only shard K of N, by a stable hash of the spec id (default $SMSCONTRACT_SHARD)."),
        OptionDefinition("junit", value: "PATH", help: "Also write the results as JUnit XML to PATH."),
        OptionDefinition("items", value: "DIR", help: "Document-items folder for the coverage in --report and --html (default ./Coverage)."),
    ]

    /// The files `--spec` names (files and folders, each path once; more paths may follow one
    /// `--spec`, as a shell glob expands), else every spec in `--specs`.
    static func specFiles(_ parsed: ParsedArguments, specsDirectory: String) throws(UsageError) -> [String] {
        if !parsed.positional.isEmpty && parsed.all("spec").isEmpty {
            throw UsageError(message: "unexpected argument \"\(parsed.positional[0])\"", hint: "spec paths follow --spec, e.g. --spec Specs/lox24/*.json")
        }
        let paths = parsed.all("spec") + parsed.positional
        guard !paths.isEmpty else { return SpecCatalog.files(in: specsDirectory) }
        do {
            return try SpecCatalog.files(at: paths)
        } catch {
            throw UsageError(message: error.description, hint: "--spec takes spec files and folders, e.g. --spec Specs/lox24 --spec Specs/iovox/send-basic-example.json")
        }
    }

    /// Reads `--tag`, `--id`, `--exclude`, `--shard` (or `SMSCONTRACT_SHARD`), `--junit` and `--items`.
    mutating func resolveSelection(_ parsed: ParsedArguments, environment: [String: String]) throws(UsageError) {
        var shard: SpecShard?
        if let text = parsed.value("shard") ?? environment["SMSCONTRACT_SHARD"].flatMap({ $0.isEmpty ? nil : $0 }) {
            do {
                shard = try SpecShard(parsing: text)
            } catch {
                throw UsageError(message: "--shard (or SMSCONTRACT_SHARD): \(error)", hint: "run `smscontract run --help` for usage")
            }
        }
        selection = SpecSelection(providers: providers, tags: parsed.all("tag"), ids: parsed.all("id").map(GlobPattern.init),
                                  excludes: parsed.all("exclude").map(GlobPattern.init), shard: shard)
        junitPath = parsed.value("junit")
        itemsDirectory = parsed.value("items") ?? "Coverage"
    }
}
