import ContractHarness
import Testing

/// Nothing passes silently: the verdict of a whole run and its headlines.
@Suite struct RunVerdictTests {
    static func result(_ spec: String, _ outcome: SpecResult.Outcome, reason: String? = nil, provider: String = "lox24") -> SpecResult {
        SpecResult(spec: "\(provider)/\(spec)", provider: provider, sourcePath: "Specs/\(provider)/\(spec).json", outcome: outcome, reason: reason)
    }

    static let cases: [(results: [SpecResult], failOnSkip: Bool, succeeded: Bool, headline: String?)] = [
        ([result("a", .passed), result("b", .skipped, reason: "fake only")], false, true, nil),
        ([result("a", .passed), result("b", .skipped, reason: "fake only")], true, false,
         "1 spec skipped, and --fail-on-skip (SMSCONTRACT_FAIL_ON_SKIP=1) makes a skip fail (1 × fake only)"),
        ([result("a", .skipped, reason: "SMSCONTRACT_LOX24_URL is not set"), result("b", .skipped, reason: "SMSCONTRACT_LOX24_URL is not set"),
          result("c", .skipped, reason: "fake only")], false, false,
         "nothing ran: all 3 specs were skipped (2 × SMSCONTRACT_LOX24_URL is not set; 1 × fake only)"),
        ([result("a", .failed)], false, false, nil),
        ([result("a", .error)], true, false, nil),
        ([result("a", .passed)], true, true, nil),
    ]

    @Test(arguments: cases)
    func aRunSucceedsOnlyWhenSomethingRanAndNothingFailed(results: [SpecResult], failOnSkip: Bool, succeeded: Bool, headline: String?) {
        let verdict = RunVerdict(results, failOnSkip: failOnSkip)
        #expect(verdict.succeeded == succeeded)
        #expect(verdict.headlines == (headline.map { [$0] } ?? []))
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

    @Test func manySkipReasonsAreCutToTheThreeCommonest() {
        let skipped = (0..<5).map { Self.result("s\($0)", .skipped, reason: "reason \($0)") } + [Self.result("t", .skipped, reason: "reason 4")]
        #expect(RunVerdict(skipped, failOnSkip: false).headlines
            == ["nothing ran: all 6 specs were skipped (2 × reason 4; 1 × reason 0; 1 × reason 1; and 2 other reasons)"])
    }
}
