import ContractHarness
import Foundation
import Providers
import StructuredData

/// `smscontract export --har [--recordings DIR] [--provider P]… [--output PATH]`: writes the HTTP
/// cassettes as one HAR 1.2 archive.
enum ExportCommand {
    /// The options, `--provider` naming the providers of `registry`.
    static func options(_ registry: ProviderRegistry) -> [OptionDefinition] {
        [
            OptionDefinition("har", help: "Write an HTTP Archive (HAR 1.2); the only format for now."),
            OptionDefinition("recordings", value: "DIR", help: "Cassette folder (default ./Recordings)."),
            OptionDefinition("provider", value: "P", repeatable: true, help: "Only this provider's cassettes (\(registry.ids.joined(separator: ", ")))."),
            OptionDefinition("output", value: "PATH", help: "Where to write (default ./smscontract.har)."),
        ]
    }

    static func main(_ arguments: [String], environment: [String: String], console: Console, registry: ProviderRegistry = .builtIn) -> Int32 {
        let options = options(registry)
        if SMSContractCommand.wantsHelp(arguments) {
            console.out(ArgumentParser.help(command: "export", synopsis: "--har [options]", summary: "Export HTTP cassettes as a HAR 1.2 archive.", options: options))
            return 0
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, options: options, command: "export", allowsPositional: false)
        } catch {
            console.err(error.description)
            return 2
        }
        guard parsed.flags.contains("har") else {
            console.err(UsageError(message: "choose a format: --har", hint: "run `smscontract export --help` for usage").description)
            return 2
        }
        let root = parsed.value("recordings") ?? "Recordings"
        let providers = parsed.all("provider")
        var cassettes: [Cassette] = []
        for file in SpecCatalog.files(in: root) {
            guard let data = FileManager.default.contents(atPath: file) else {
                console.err("error: \(file): cannot read the cassette (not readable)")
                return 2
            }
            do {
                let cassette = try CassetteCodec.decode(Array(data), file: file)
                if providers.isEmpty || providers.contains(cassette.provider) { cassettes.append(cassette) }
            } catch {
                for problem in error.problems { console.err(problem.description) }
                return 2
            }
        }
        let (har, skipped) = HARExport.archive(cassettes, creatorVersion: SMSContractCommand.version)
        let output = parsed.value("output") ?? "smscontract.har"
        do {
            try AtomicFile.write(JSONWriter.bytes(har, style: .pretty) + [UInt8(ascii: "\n")], to: output)
        } catch {
            console.err("error: \(error)")
            return 1
        }
        let entries = har["log"]?["entries"]?.arrayValue?.count ?? 0
        let left = [(skipped, "email exchange"), (HARExport.skippedCallbacks(cassettes), "webhook batch")].filter { $0.0 > 0 }
            .map { Plural.count($0.0, $0.1, plural: $0.1 == "webhook batch" ? "webhook batches" : nil) }
        console.out("wrote \(output): \(Plural.count(entries, "HTTP exchange")) from \(Plural.count(cassettes.count, "cassette"))"
            + (left.isEmpty ? "" : " (\(left.joined(separator: " and ")) left out)"))
        return 0
    }
}
