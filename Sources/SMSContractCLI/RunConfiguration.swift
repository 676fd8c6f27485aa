import ContractHarness
import Providers

/// What `run` was asked to do, resolved from options and environment.
struct RunConfiguration {
    var specFiles: [String]
    var providers: [String]
    var target: any SpecTarget
    var recordMode: RecordMode
    var reportPath: String?
    var htmlPath: String?
    var maximumCassetteAge: Double?
    var recordingsDirectory: String
    /// Which of the loaded specs run: providers, `--tag`, `--id`, `--exclude`, `--shard`.
    var selection = SpecSelection()
    /// `--junit PATH`: also write JUnit XML.
    var junitPath: String?
    /// The spec folder (`--specs`), whose specs document coverage is counted over.
    var specsDirectory = "Specs"
    /// The document-items folder (`--items`, default `./Coverage`).
    var itemsDirectory = "Coverage"
    /// Whether a skipped spec fails the run (`--fail-on-skip` or `SMSCONTRACT_FAIL_ON_SKIP=1`).
    var failOnSkip: Bool

    init(_ parsed: ParsedArguments, environment: [String: String], registry: ProviderRegistry = .builtIn) throws(UsageError) {
        let hint = "run `smscontract run --help` for usage"
        providers = parsed.all("provider")
        for provider in providers where registry.descriptor(for: provider) == nil {
            throw UsageError(message: "unknown provider \"\(provider)\"; expected one of \(registry.ids.joined(separator: ", "))", hint: hint)
        }
        let specsDirectory = parsed.value("specs") ?? "Specs"
        specFiles = try Self.specFiles(parsed, specsDirectory: specsDirectory)
        if specFiles.isEmpty {
            throw UsageError(message: "no spec files found in \(specsDirectory)", hint: "pass --specs DIR or --spec PATH")
        }
        switch parsed.value("target") ?? environment["SMSCONTRACT_TARGET"] ?? "fake" {
        case "fake": target = FakeTarget()
        case "live": target = LiveTarget(environment: environment)
        case let other:
            throw UsageError(message: "unknown target \"\(other)\"; expected fake or live", hint: hint)
        }
        var explicitMode: RecordMode?
        if let text = parsed.value("record") {
            guard let mode = RecordMode(rawValue: text) else {
                throw UsageError(message: "unknown record mode \"\(text)\"; expected missing, all or never", hint: hint)
            }
            explicitMode = mode
        }
        switch RecordMode.resolve(explicit: explicitMode, environment: environment) {
        case .success(let mode): recordMode = mode
        case .failure(let error): throw UsageError(message: "SMSCONTRACT_RECORD: \(error)", hint: hint)
        }
        reportPath = parsed.value("report")
        htmlPath = parsed.value("html")
        if let text = parsed.value("max-age") ?? environment["SMSCONTRACT_CASSETTE_MAX_AGE_DAYS"] {
            guard let days = Double(text), days > 0, days.isFinite else {
                throw UsageError(message: "--max-age (or SMSCONTRACT_CASSETTE_MAX_AGE_DAYS) must be a number of days > 0, got \"\(text)\"", hint: hint)
            }
            maximumCassetteAge = days * 86_400
        }
        recordingsDirectory = parsed.value("recordings") ?? "Recordings"
        failOnSkip = parsed.flags.contains("fail-on-skip") || RunVerdict.failOnSkip(environment: environment)
        self.specsDirectory = specsDirectory
        try resolveSelection(parsed, environment: environment)
    }
}
