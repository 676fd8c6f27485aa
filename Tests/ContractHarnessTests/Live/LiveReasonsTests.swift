@testable import ContractHarness
import Foundation
import Providers
import Testing

/// The sentences live-safety skips and errors read as.
@Suite struct LiveReasonsTests {
    static let lox24 = LOX24Provider.descriptor
    static let at = Date(timeIntervalSince1970: 1_796_198_400)

    @Test(arguments: [
        (1, false, "not sent: would risk LOX24's IP block: 1 bad-credential request in the last 60 s; next safe at 2026-12-02T08:00:00Z (ledger: L)"),
        (3, true, "not sent: would risk LOX24's IP block: 3 bad-credential requests in the last 60 s; next safe at 2026-12-02T08:00:00Z "
            + "(this run got bad-credential answers its specs did not expect, so every request counts: check the lox24 credentials) (ledger: L)"),
    ])
    func aSpentBudgetSaysHowManyAndWhenItIsSafe(recent: Int, unexpected: Bool, text: String) {
        #expect(LiveReasons.budgetSpent(recent, provider: Self.lox24, policy: Self.lox24.abusePolicy, nextSafe: Self.at, ledger: "L",
                                        unexpectedAnswers: unexpected) == text)
    }

    @Test func aSpecOverTheBudgetCanNeverRun() {
        #expect(LiveReasons.overBudget(4, provider: Self.lox24, policy: Self.lox24.abusePolicy)
            == "not sent: sends 4 bad-credential requests, more than LOX24's safe budget of 3 in 60 s; it cannot run live without risking the IP block")
        #expect(LiveReasons.overBudget(1, provider: Self.lox24, policy: Self.lox24.abusePolicy).hasPrefix("not sent: sends 1 bad-credential request, more than"))
    }

    @Test func aMetBlockQuotesTheProviderAndSaysWhenItLifts() {
        let text = LiveReasons.blockMet(status: 429, text: "IP address was temporary blocked", request: "POST /sms", provider: Self.lox24,
                                        policy: Self.lox24.abusePolicy, until: Self.at)
        #expect(text == "LOX24's IP block: POST /sms was answered 429 \"IP address was temporary blocked\"; it should lift at 2026-12-02T08:00:00Z "
            + "(600 s after, per seed 003 § \"IP address was temporary blocked…\" (429); provider-facts.md § lox24); "
            + "nothing more is sent to LOX24 and its remaining specs are skipped")
    }

    @Test(arguments: [(60.0, "60 s"), (0.5, "0.5 s")])
    func secondsReadPlainly(interval: TimeInterval, text: String) {
        #expect(LiveReasons.seconds(interval) == text)
    }
}
