import ContractHarness
import Foundation
import Providers
import StructuredData

/// `smscontract specs from-recordings DIR --provider P -o DIR`: turns recorded exchanges into spec files.
/// Exit 0 when specs were written, 1 when there was nothing to make one of, 2 usage errors or bad cassettes.
enum SpecsCommand {
    /// The options; `--provider`'s help names the providers `registry` has.
    static func options(_ registry: ProviderRegistry) -> [OptionDefinition] {
        [OptionDefinition("provider", value: "P", help: "The provider whose cassettes to read (\(registry.ids.joined(separator: ", "))).")] + otherOptions
    }

    /// The options besides `--provider`.
    static let otherOptions = [
        OptionDefinition("o", value: "DIR", help: "Where to write the spec files (also --output)."),
        OptionDefinition("output", value: "DIR", help: "Where to write the spec files."),
        OptionDefinition("force", help: "Replace spec files that already exist (default: leave them and say so)."),
    ]

    static let summary = "Make spec files from recorded exchanges (smscontract proxy --record DIR)."

    static func main(_ arguments: [String], environment: [String: String], console: Console, registry: ProviderRegistry = .builtIn) -> Int32 {
        if SMSContractCommand.wantsHelp(arguments) {
            console.out(ArgumentParser.help(command: "specs", synopsis: "from-recordings DIR --provider P -o DIR", summary: summary, options: options(registry)))
            return 0
        }
        let hint = "run `smscontract specs --help` for usage"
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, options: options(registry), command: "specs", allowsPositional: true)
        } catch {
            console.err(error.description)
            return 2
        }
        guard parsed.positional.first == "from-recordings" else {
            console.err(UsageError(message: "expected a subcommand: from-recordings DIR", hint: hint).description)
            return 2
        }
        guard parsed.positional.count == 2 else {
            console.err(UsageError(message: "from-recordings takes one folder of cassettes", hint: hint).description)
            return 2
        }
        guard let id = parsed.value("provider") else {
            console.err(UsageError(message: "--provider is required: one of \(registry.ids.joined(separator: ", "))", hint: hint).description)
            return 2
        }
        guard let provider = registry.descriptor(for: id) else {
            console.err(UsageError(message: "unknown provider \"\(id)\"; expected one of \(registry.ids.joined(separator: ", "))", hint: hint).description)
            return 2
        }
        guard let output = parsed.value("o") ?? parsed.value("output") else {
            console.err(UsageError(message: "-o DIR is required: where to write the spec files", hint: hint).description)
            return 2
        }
        let source = parsed.positional[1]
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory), isDirectory.boolValue else {
            console.err("error: \(source) is not a folder of cassettes")
            return 2
        }
        var cassettes: [Cassette] = []
        for file in SpecCatalog.files(in: source) {
            guard let data = FileManager.default.contents(atPath: file) else {
                console.err("error: \(file): cannot read the cassette (not readable)")
                return 2
            }
            do {
                cassettes.append(try CassetteCodec.decode(Array(data), file: file))
            } catch {
                for problem in error.problems { console.err(problem.description) }
                return 2
            }
        }
        let (specs, notes) = RecordedSpecGenerator(provider: provider).specs(from: cassettes)
        for note in notes { console.out("note: \(note)") }
        guard !specs.isEmpty else {
            console.err("no \(provider.id) exchanges in \(source); nothing written")
            return 1
        }
        var written = 0
        for spec in specs {
            let path = (output as NSString).appendingPathComponent(spec.fileName)
            if FileManager.default.fileExists(atPath: path), !parsed.flags.contains("force") {
                console.out("kept \(path) (exists; --force replaces it)")
                continue
            }
            do {
                try AtomicFile.write(JSONWriter.bytes(spec.json, style: .pretty) + [UInt8(ascii: "\n")], to: path)
            } catch {
                console.err("error: \(error)")
                return 1
            }
            console.out("wrote \(path) (\(spec.id))")
            written += 1
        }
        console.out("\(Plural.count(written, "spec")) written. Each seed.section says TODO: name the documented case it encodes; "
            + "then `smscontract lint \(output)`, and `smscontract run --spec FILE --record missing` for each to record its cassette.")
        return 0
    }
}
