import ContractHarness
import Providers
import Foundation

/// `smscontract lint [PATH]…`: validates spec files (or every spec under folders) and reports every
/// problem as `file:line:column: field: message`. Exit 0 when clean, 2 otherwise.
enum LintCommand {
    static let options = [OptionDefinition("specs", value: "DIR", help: "Folder linted when no PATH is given (default ./Specs).")]

    static func main(_ arguments: [String], environment: [String: String], console: Console, registry: ProviderRegistry = .builtIn) -> Int32 {
        if SMSContractCommand.wantsHelp(arguments) {
            console.out(ArgumentParser.help(command: "lint", synopsis: "[PATH]…", summary: "Validate spec files: every problem with file, line and field.", options: options))
            return 0
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, options: options, command: "lint", allowsPositional: true)
        } catch {
            console.err(error.description)
            return 2
        }
        let roots = parsed.positional.isEmpty ? [parsed.value("specs") ?? "Specs"] : parsed.positional
        var files: [String] = []
        for root in roots {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
                console.err("\(root): no such file or folder")
                return 2
            }
            files += isDirectory.boolValue ? SpecCatalog.files(in: root) : [root]
        }
        let (specs, problems) = SpecCatalog.loadAll(files, registry: registry)
        for problem in problems { console.err(problem.description) }
        let broken = Set(problems.map(\.file)).count
        console.out("\(Plural.count(files.count, "spec file")), \(specs.count) valid, \(broken) with problems (\(Plural.count(problems.count, "problem")))")
        if GitHubAnnotations.isEnabled(environment: environment) {
            GitHubAnnotations().lines(GitHubAnnotations.annotations(for: problems), noun: "spec problems").forEach(console.out)
            if let path = environment["GITHUB_STEP_SUMMARY"], !path.isEmpty {
                do {
                    try StepSummaryFile.append(StepSummary.lintMarkdown(files: files.count, problems: problems), to: path)
                } catch {
                    console.err("error: \(error)")
                }
            }
        }
        return problems.isEmpty ? 0 : 2
    }
}
