import ContractHarness
import Testing

/// Nothing passes silently: the verdict of a whole run and its headlines.
@Suite struct RunVerdictTests {
    static func result(_ spec: String, _ outcome: SpecResult.Outcome, reason: String? = nil, provider: String = "lox24") -> SpecResult {
        SpecResult(spec: "\(provider)/\(spec)", provider: provider, sourcePath: "Specs/\(provider)/\(spec).json", outcome: outcome, reason: reason)
    }

    /// One run to judge, named briefly so the test log shows the label rather than every result.
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let results: [SpecResult]
        let failOnSkip: Bool
        let succeeded: Bool
        let headline: String?
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "a skip is allowed", results: [result("a", .passed), result("b", .skipped, reason: "fake only")], failOnSkip: false, succeeded: true, headline: nil),
        Case(label: "a skip under --fail-on-skip", results: [result("a", .passed), result("b", .skipped, reason: "fake only")], failOnSkip: true, succeeded: false,
             headline: "1 spec skipped, and --fail-on-skip (SMSCONTRACT_FAIL_ON_SKIP=1) makes a skip fail (1 × fake only)"),
        Case(label: "everything skipped", results: [result("a", .skipped, reason: "SMSCONTRACT_LOX24_URL is not set"),
                                                    result("b", .skipped, reason: "SMSCONTRACT_LOX24_URL is not set"), result("c", .skipped, reason: "fake only")],
             failOnSkip: false, succeeded: false, headline: "nothing ran: all 3 specs were skipped (2 × SMSCONTRACT_LOX24_URL is not set; 1 × fake only)"),
        Case(label: "a failure", results: [result("a", .failed)], failOnSkip: false, succeeded: false, headline: nil),
        Case(label: "an error", results: [result("a", .error)], failOnSkip: true, succeeded: false, headline: nil),
        Case(label: "a pass", results: [result("a", .passed)], failOnSkip: true, succeeded: true, headline: nil),
    ]

    @Test(arguments: cases)
    func aRunSucceedsOnlyWhenSomethingRanAndNothingFailed(run: Case) {
        let verdict = RunVerdict(run.results, failOnSkip: run.failOnSkip)
        #expect(verdict.succeeded == run.succeeded)
        #expect(verdict.headlines == (run.headline.map { [$0] } ?? []))
    }

    @Test func refusedCredentialsAreOneHeadlinePerProvider() {
        var refused = [Self.result("a", .failed), Self.result("b", .failed), Self.result("c", .passed)]
        for index in 0..<2 { refused[index].credentialRefusal = "lox24 refused the configured credentials (HTTP 401); check SMSCONTRACT_LOX24_TOKEN" }
        let verdict = RunVerdict(refused, failOnSkip: false)
        #expect(!verdict.succeeded)
        #expect(verdict.headlines == ["live lox24 refused the configured credentials (HTTP 401); check SMSCONTRACT_LOX24_TOKEN — on 2 of 3 lox24 specs; their differences are not drift"])
    }

    @Test(arguments: [(["SMSCONTRACT_FAIL_ON_SKIP": "1"], true), (["SMSCONTRACT_FAIL_ON_SKIP": "true"], true),
                      (["SMSCONTRACT_FAIL_ON_SKIP": "0"], false), ([:], false)])
    func theEnvironmentCanAskForSkipsToFail(environment: [String: String], fails: Bool) {
        #expect(RunVerdict.failOnSkip(environment: environment) == fails)
    }

    @Test func oneCauseOfEveryErrorIsSaidOnce() {
        let unreachable = "SMSCONTRACT_LOX24_URL: https://127.0.0.1:1 is an https:// URL, but 127.0.0.1:1 answers plain HTTP"
        let errors = (0..<3).map { Self.result("e\($0)", .error, reason: unreachable) } + [Self.result("s", .skipped, reason: "fake only")]
        #expect(RunVerdict(errors, failOnSkip: false).headlines == ["every lox24 spec that ran (3) stopped with the same error: \(unreachable)"])
        let mixed = errors + [Self.result("p", .passed)]
        #expect(RunVerdict(mixed, failOnSkip: false).headlines.isEmpty)
        #expect(RunVerdict(Array(errors.prefix(2)), failOnSkip: false).headlines.isEmpty) // Two are not a pattern.
    }

    @Test func manySkipReasonsAreCutToTheThreeCommonest() {
        let skipped = (0..<5).map { Self.result("s\($0)", .skipped, reason: "reason \($0)") } + [Self.result("t", .skipped, reason: "reason 4")]
        #expect(RunVerdict(skipped, failOnSkip: false).headlines
            == ["nothing ran: all 6 specs were skipped (2 × reason 4; 1 × reason 0; 1 × reason 1; and 2 other reasons)"])
    }
}
