/// Counts of outcomes over a run.
public struct RunSummary: Sendable, Equatable {
    public var passed = 0
    public var failed = 0
    public var skipped = 0
    public var errors = 0

    /// Counts the outcomes of `results`.
    public init(_ results: [SpecResult]) {
        for result in results {
            switch result.outcome {
            case .passed: passed += 1
            case .failed: failed += 1
            case .skipped: skipped += 1
            case .error: errors += 1
            }
        }
    }

    /// Whether the run succeeded: nothing failed or errored (skips allowed).
    public var succeeded: Bool { failed == 0 && errors == 0 }

    /// `12 passed, 0 failed, 1 skipped, 0 errors` (`1 error` for one).
    public var line: String { "\(passed) passed, \(failed) failed, \(skipped) skipped, \(Plural.count(errors, "error"))" }
}
