@testable import Providers
import Foundation
import StructuredData
import Testing

@Suite struct SkycoreCallPacingTests {
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test(arguments: [(59.9, "E106"), (60, nil), (120, nil)] as [(Double, String?)])
    func theMinimumIntervalRunsFromTheLastAdmittedCall(after seconds: Double, refusal: String?) {
        var pacing = SkycoreCallPacing()
        var account = SkycoreAccount.default
        account.minimumIntervalSeconds = 60
        #expect(pacing.admit(at: Self.start, for: account) == nil)
        #expect(pacing.admit(at: Self.start.addingTimeInterval(seconds), for: account)?.code == refusal)
    }

    @Test func aRefusedCallDoesNotRestartTheInterval() {
        var pacing = SkycoreCallPacing()
        var account = SkycoreAccount.default
        account.minimumIntervalSeconds = 60
        #expect(pacing.admit(at: Self.start, for: account) == nil)
        #expect(pacing.admit(at: Self.start.addingTimeInterval(30), for: account) == .minimumInterval)
        #expect(pacing.admit(at: Self.start.addingTimeInterval(60), for: account) == nil)
    }

    @Test func theDailyLimitResetsAtUTCMidnight() {
        var pacing = SkycoreCallPacing()
        var account = SkycoreAccount.default
        account.dailyRequestLimit = 2
        let midnight = Date(timeIntervalSince1970: 1_700_006_400)  // a multiple of 86 400
        #expect(pacing.admit(at: midnight.addingTimeInterval(-10), for: account) == nil)
        #expect(pacing.admit(at: midnight.addingTimeInterval(-5), for: account) == nil)
        #expect(pacing.admit(at: midnight.addingTimeInterval(-1), for: account) == .requestLimitReached)
        #expect(pacing.admit(at: midnight, for: account) == nil)
    }

    @Test func aZeroLimitRefusesEveryCall() {
        var pacing = SkycoreCallPacing()
        var account = SkycoreAccount.default
        account.dailyRequestLimit = 0
        #expect(pacing.admit(at: Self.start, for: account) == .requestLimitReached)
    }

    @Test func theFakeAppliesPacingInFakeTime() throws {
        let client = SkycoreTestClient()
        try client.configure(["min_interval_seconds": 10, "daily_request_limit": 2])
        #expect(try client.outcome(SkycoreTestClient.example1) == "Success")
        #expect(try client.outcome(SkycoreTestClient.example1) == "E106")
        client.environment.clock.advance(seconds: 10)
        #expect(try client.outcome(SkycoreTestClient.example1) == "Success")
        client.environment.clock.advance(seconds: 10)
        #expect(try client.outcome(SkycoreTestClient.example1) == "E120")
        client.environment.clock.advance(seconds: 86_400)
        #expect(try client.outcome(SkycoreTestClient.example1) == "Success")
    }
}
