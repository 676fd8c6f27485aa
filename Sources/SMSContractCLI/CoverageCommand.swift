import ContractHarness
import Foundation
import Providers
import StructuredData

/// `smscontract coverage [--provider P]… [--min PERCENT]`: how many of each seed document's
/// documented items (`Coverage/<provider>.json`) the specs encode, with every uncovered item.
/// Exit 0, 1 when a provider is below `--min`, 2 on usage errors or unreadable data.
enum CoverageCommand {
    /// The options; `--provider`'s help names the providers `registry` has.
    static func options(_ registry: ProviderRegistry) -> [OptionDefinition] {
        [OptionDefinition("provider", value: "P", repeatable: true, help: "Only provider P (\(registry.ids.joined(separator: ", "))).")] + otherOptions
    }

    /// The options besides `--provider`.
    static let otherOptions = [
        OptionDefinition("min", value: "PERCENT", help: "Fail (exit 1) when any provider's coverage is below PERCENT."),
        OptionDefinition("specs", value: "DIR", help: "Spec folder (default ./Specs)."),
        OptionDefinition("items", value: "DIR", help: "Document-items folder, one <provider>.json each (default ./Coverage)."),
        OptionDefinition("json", value: "PATH", help: "Also write the coverage as JSON to PATH."),
    ]

    static func main(_ arguments: [String], environment: [String: String], console: Console, registry: ProviderRegistry = .builtIn) -> Int32 {
        if SMSContractCommand.wantsHelp(arguments) {
            console.out(ArgumentParser.help(command: "coverage", synopsis: "[options]",
                                            summary: "Show how much of each provider's document the specs encode: covered/total documented items, and each uncovered one.",
                                            options: options(registry)))
            return 0
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, options: options(registry), command: "coverage", allowsPositional: false)
        } catch {
            console.err(error.description)
            return 2
        }
        let hint = "run `smscontract coverage --help` for usage"
        let providers = parsed.all("provider")
        for provider in providers where registry.descriptor(for: provider) == nil {
            console.err(UsageError(message: "unknown provider \"\(provider)\"; expected one of \(registry.ids.joined(separator: ", "))", hint: hint).description)
            return 2
        }
        var minimum: Double?
        if let text = parsed.value("min") {
            guard let value = Double(text.hasSuffix("%") ? String(text.dropLast()) : text), (0...100).contains(value) else {
                console.err(UsageError(message: "--min must be a percentage from 0 to 100, got \"\(text)\"", hint: hint).description)
                return 2
            }
            minimum = value
        }
        let itemsDirectory = parsed.value("items") ?? "Coverage"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: itemsDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            console.err("\(itemsDirectory): no such folder; document items live in Coverage/<provider>.json (see Specs/README.md)")
            return 2
        }
        let (lists, itemProblems) = DocumentItemsDecoder.loadAll(in: itemsDirectory, registry: registry)
        let (specs, specProblems) = SpecCatalog.loadAll(SpecCatalog.files(in: parsed.value("specs") ?? "Specs"), registry: registry)
        let problems = itemProblems + specProblems
        guard problems.isEmpty else {
            for problem in problems { console.err(problem.description) }
            console.err("\(Plural.count(problems.count, "problem")) in document items or specs; coverage not computed")
            return 2
        }
        let coverages = lists.filter { providers.isEmpty || providers.contains($0.provider) }.map { DocumentCoverage(items: $0, specs: specs) }
        let missing = (providers.isEmpty ? registry.ids : providers).filter { id in !lists.contains { $0.provider == id } }
        for id in missing { console.err("\(id): no document items (\(itemsDirectory)/\(id).json); its coverage is unknown") }
        let unknown = coverages.flatMap { coverage in coverage.unknownSpecs.map { "\(coverage.provider): \($0)" } }
        for line in unknown { console.err(line) }
        CoverageReport.lines(coverages).forEach(console.out)
        if let path = parsed.value("json") {
            do {
                try AtomicFile.write(JSONWriter.bytes(CoverageReport.json(coverages), style: .pretty) + [UInt8(ascii: "\n")], to: path)
            } catch {
                console.err("error: cannot write \(path): \(error)")
                return 2
            }
        }
        guard unknown.isEmpty else { return 2 }
        if let minimum {
            let below = coverages.filter { $0.percent < minimum }
            for coverage in below {
                console.err("\(coverage.provider): \(CoverageReport.percentText(coverage.percent)) is below --min \(minimum)%")
            }
            if !below.isEmpty || !missing.isEmpty { return 1 }
        }
        return 0
    }
}
