/// The terminal report: one line per spec while the run goes, then every failure again, together, with
/// its differences, then the summary and the run's headlines.
public struct ConsoleReport: Sendable {
    /// Whether to colour the outcome words (a TTY without `NO_COLOR`).
    public let colored: Bool

    /// Creates a report writer.
    public init(colored: Bool) {
        self.colored = colored
    }

    /// The one line for a result, as the run prints it: `PASS lox24/send-basic (3 ms)`,
    /// `FAIL lox24/x (4 ms) — 2 differences`, `SKIP lox24/y — reason`; notes follow after ` · `.
    public func lines(for result: SpecResult) -> [String] {
        let milliseconds = Int((result.duration * 1000).rounded())
        var line: String
        switch result.outcome {
        case .passed:
            line = "\(paint("PASS", 32)) \(result.spec) (\(milliseconds) ms)\(result.dryRun ? " [dry run]" : "")"
        case .failed:
            let what = result.credentialRefusal != nil ? "credentials refused" : Plural.count(result.differences.count, "difference")
            line = "\(paint("FAIL", 31)) \(result.spec) (\(milliseconds) ms)\(result.dryRun ? " [dry run]" : "") — \(what)"
        case .skipped:
            line = "\(paint("SKIP", 33)) \(result.spec) — \(Self.firstLine(result.reason ?? "skipped"))"
        case .error:
            line = "\(paint("ERROR", 35)) \(result.spec) — \(result.credentialRefusal != nil ? "credentials refused" : Self.firstLine(result.reason ?? "unknown error"))"
        }
        if !result.notes.isEmpty { line += " · " + result.notes.joined(separator: " · ") }
        return [line]
    }

    /// Every failed or errored spec again, with its file, differences (long strings shown around their
    /// first difference) or reason, and what to do next; empty when nothing failed.
    public func recap(_ results: [SpecResult]) -> [String] {
        let failures = results.filter { $0.outcome == .failed || $0.outcome == .error }
        guard !failures.isEmpty else { return [] }
        var lines = ["", paint("\(Plural.count(failures.count, "failure")):", 31)]
        for result in failures {
            lines.append("\(paint(result.outcome == .failed ? "FAIL" : "ERROR", result.outcome == .failed ? 31 : 35)) \(result.spec) — \(result.sourcePath)")
            if result.credentialRefusal != nil {
                let hidden = result.differences.isEmpty ? "" : " (\(Plural.count(result.differences.count, "difference")) not shown)"
                lines.append("     credentials refused — see the headline below" + hidden)
                continue
            }
            for difference in result.differences {
                lines += DifferenceText.lines(difference).map { "     " + $0 }
            }
            if let reason = result.reason, result.outcome == .error {
                lines += reason.split(separator: "\n").map { "     \($0)" }
            }
            if let hint = result.rerecordHint { lines.append("     hint: \(hint)") }
        }
        return lines
    }

    /// Per-provider counts and the total line, e.g. `31 passed, 0 failed, 0 skipped, 0 errors`.
    public func summary(_ results: [SpecResult], seconds: Double) -> [String] {
        var lines: [String] = []
        let providers = results.map(\.provider).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if providers.count > 1 {
            for provider in providers {
                lines.append("  \(provider): \(RunSummary(results.filter { $0.provider == provider }).line)")
            }
        }
        let dryRuns = results.filter(\.dryRun).count
        if dryRuns > 0 {
            lines.append("  \(Plural.count(dryRuns, "spec")) ran as dry runs: checked against the provider with nothing sent or billed")
        }
        let total = RunSummary(results)
        let time = (seconds * 100).rounded() / 100
        lines.append(paint(total.line, total.succeeded ? 32 : 31) + " (\(time) s)")
        return lines
    }

    /// The verdict's headlines, each on its own line after the summary: `error: nothing ran: …`.
    public func headlines(_ verdict: RunVerdict) -> [String] {
        verdict.headlines.map { paint("error:", 31) + " " + $0 }
    }

    private static func firstLine(_ text: String) -> String {
        text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? text
    }

    private func paint(_ text: String, _ code: Int) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
