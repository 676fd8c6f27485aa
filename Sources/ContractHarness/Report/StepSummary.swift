import Foundation

/// The Markdown a run appends to `$GITHUB_STEP_SUMMARY`: the totals, a table per provider, and
/// each failure or error with its differences.
public enum StepSummary {
    /// The summary for a run of `results` on `target`, with document coverage when given.
    public static func markdown(_ results: [SpecResult], target: String, coverage: [DocumentCoverage] = []) -> String {
        let total = RunSummary(results)
        var lines = ["## SMSContract on \(target): \(total.succeeded ? "✅" : "❌") \(total.line)", "",
                     "| provider | passed | failed | skipped | errors |", "|---|---:|---:|---:|---:|"]
        var providers: [String] = []
        for result in results where !providers.contains(result.provider) { providers.append(result.provider) }
        for provider in providers {
            let summary = RunSummary(results.filter { $0.provider == provider })
            lines.append("| `\(provider)` | \(summary.passed) | \(summary.failed) | \(summary.skipped) | \(summary.errors) |")
        }
        let problems = results.filter { $0.outcome == .failed || $0.outcome == .error }
        if !problems.isEmpty {
            lines += ["", "### Failures", ""]
            for result in problems {
                lines.append("<details><summary><code>\(escape(result.spec))</code> — \(result.outcome.rawValue) (<code>\(escape(result.sourcePath))</code>)</summary>")
                lines.append("")
                lines.append("```")
                lines += result.outcome == .failed ? result.differences.map(\.description) : [result.reason ?? "error"]
                lines.append("```")
                lines.append("</details>")
            }
        }
        if !coverage.isEmpty {
            let (covered, count) = CoverageReport.totals(coverage)
            lines += ["", "### Document coverage: \(covered)/\(count) items", ""]
            for document in coverage {
                lines.append("- `\(document.provider)`: \(document.covered)/\(document.total) (\(CoverageReport.percentText(document.percent)))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escape(_ text: String) -> String {
        HTMLReport.escape(text)
    }
}

extension StepSummary {
    /// The summary `lint` appends: the count, then each problem as `file:line:column` and message.
    public static func lintMarkdown(files: Int, problems: [SpecProblem]) -> String {
        let broken = Set(problems.map(\.file)).count
        var lines = ["## SMSContract lint: \(problems.isEmpty ? "✅" : "❌") \(Plural.count(files, "spec file")), \(broken) with problems "
                     + "(\(Plural.count(problems.count, "problem")))"]
        if !problems.isEmpty {
            lines += ["", "| where | field | problem |", "|---|---|---|"]
            for problem in problems {
                let place = problem.location.map { "\(problem.file):\($0.line):\($0.column)" } ?? problem.file
                lines.append("| `\(cell(place))` | `\(cell(problem.field.description))` | \(cell(problem.message)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe in a Markdown table cell: pipes escaped, line breaks as spaces, HTML escaped.
    private static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
