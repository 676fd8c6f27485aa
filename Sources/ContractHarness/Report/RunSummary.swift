/// Counts of outcomes over a run.
public struct RunSummary: Sendable, Equatable {
    /// Specs whose every expectation held.
    public var passed = 0
    /// Specs with at least one difference.
    public var failed = 0
    /// Specs not run (live policy, budget, missing cassette under `never`…), each with its reason.
    public var skipped = 0
    /// Specs that could not be run to the end (a transport or spec error).
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
