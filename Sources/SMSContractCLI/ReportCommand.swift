import ContractHarness
import Foundation

/// `smscontract report merge A.json B.json… -o OUT [--junit PATH]`: merges the `--report` files of
/// a sharded run into the report of one run (and its JUnit XML). Exit 0 when written, 1 when the
/// merged run has failures or errors, 2 on usage errors or unreadable reports.
enum ReportCommand {
    static let mergeOptions = [
        OptionDefinition("o", value: "OUT", help: "Where to write the merged JSON report (required)."),
        OptionDefinition("junit", value: "PATH", help: "Also write the merged results as JUnit XML to PATH."),
        OptionDefinition("html", value: "PATH", help: "Also write the merged results as HTML to PATH."),
    ]

    static func main(_ arguments: [String], environment: [String: String], console: Console) -> Int32 {
        guard let subcommand = arguments.first, subcommand == "merge" else {
            if SMSContractCommand.wantsHelp(arguments) {
                console.out("USAGE: smscontract report merge A.json B.json… -o OUT [--junit PATH] [--html PATH]\n\nMerge the --report files of shards into the report of one run.")
                return 0
            }
            console.err(UsageError(message: arguments.first.map { "unknown report command \"\($0)\"; expected merge" } ?? "report needs a command: merge",
                                   hint: "run `smscontract report merge --help` for usage").description)
            return 2
        }
        let rest = Array(arguments.dropFirst())
        if SMSContractCommand.wantsHelp(rest) {
            console.out(ArgumentParser.help(command: "report merge", synopsis: "A.json B.json… -o OUT [--junit PATH] [--html PATH]",
                                            summary: "Merge the --report files of a sharded run (--shard K/N) into the report of one run.",
                                            options: mergeOptions))
            return 0
        }
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(rest, options: mergeOptions, command: "report merge", allowsPositional: true)
        } catch {
            console.err(error.description)
            return 2
        }
        let hint = "run `smscontract report merge --help` for usage"
        guard let output = parsed.value("o") else {
            console.err(UsageError(message: "-o OUT is required: where to write the merged report", hint: hint).description)
            return 2
        }
        guard !parsed.positional.isEmpty else {
            console.err(UsageError(message: "no reports to merge; pass the shards' --report files", hint: hint).description)
            return 2
        }
        var reports: [LoadedReport] = []
        for file in parsed.positional {
            guard let data = FileManager.default.contents(atPath: file) else {
                console.err("error: \(file): cannot read the report (missing, or not readable)")
                return 2
            }
            do {
                reports.append(try JSONReportReader.read(Array(data), file: file))
            } catch {
                console.err(error.description)
                return 2
            }
        }
        let merged: LoadedReport
        do {
            merged = try ReportMerge.merge(reports)
        } catch {
            console.err("error: \(error)")
            return 2
        }
        do {
            try AtomicFile.write(JSONReport.bytes(merged.results, target: merged.target, coverage: merged.coverage), to: output)
            if let path = parsed.value("junit") { try AtomicFile.write(JUnitReport.bytes(merged.results), to: path) }
            if let path = parsed.value("html") { try AtomicFile.write(Array(HTMLReport.page(merged.results, target: merged.target).utf8), to: path) }
        } catch {
            console.err("error: \(error)")
            return 2
        }
        let summary = RunSummary(merged.results)
        console.out("merged \(Plural.count(reports.count, "report")), \(Plural.count(merged.results.count, "spec")): \(summary.line)")
        return summary.succeeded ? 0 : 1
    }
}
