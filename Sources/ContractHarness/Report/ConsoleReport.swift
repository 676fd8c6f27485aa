/// The terminal report: one line per spec, its differences indented below, and a summary.
public struct ConsoleReport: Sendable {
    /// Whether to colour the outcome words (a TTY without `NO_COLOR`).
    public let colored: Bool

    /// Creates a report writer.
    public init(colored: Bool) {
        self.colored = colored
    }

    /// The lines for one result: `PASS lox24/send-basic (3 ms)`, then differences or the reason.
    public func lines(for result: SpecResult) -> [String] {
        let milliseconds = Int((result.duration * 1000).rounded())
        var lines: [String]
        switch result.outcome {
        case .passed:
            lines = ["\(paint("PASS", 32)) \(result.spec) (\(milliseconds) ms)\(result.dryRun ? " [dry run]" : "")"]
        case .failed:
            lines = ["\(paint("FAIL", 31)) \(result.spec) (\(milliseconds) ms)\(result.dryRun ? " [dry run]" : "") — \(result.sourcePath)"]
            lines += result.differences.map { "     \($0.description)" }
        case .skipped:
            lines = ["\(paint("SKIP", 33)) \(result.spec) — \(result.reason ?? "skipped")"]
        case .error:
            lines = ["\(paint("ERROR", 35)) \(result.spec) — \(result.sourcePath)"]
            lines += (result.reason ?? "unknown error").split(separator: "\n").map { "     \($0)" }
        }
        lines += result.notes.map { "     note: \($0)" }
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
            lines.append("  \(dryRuns) spec\(dryRuns == 1 ? "" : "s") ran as dry runs: checked against the provider with nothing sent or billed")
        }
        let total = RunSummary(results)
        let time = (seconds * 100).rounded() / 100
        lines.append(paint(total.line, total.succeeded ? 32 : 31) + " (\(time) s)")
        return lines
    }

    private func paint(_ text: String, _ code: Int) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
