import Foundation
import Providers
import Testing

/// Each provider's abuse policy: how answers are recognised, and that the data agrees with its fake.
@Suite struct AbusePolicyTests {
    @Test(arguments: [
        (AbusePolicy.ResponseSignal(status: 401), Int?(401), "", true),
        (.init(status: 401), 400, "", false),
        (.init(status: 401), nil, "", false),
        (.init(bodyContains: ["E102", "E104"]), 200, #"{"error-code":"E104"}"#, true),
        (.init(bodyContains: ["E102", "E104"]), nil, #"{"error-code": "E102"}"#, true),
        (.init(bodyContains: ["E102", "E104"]), 200, #"{"error-code":"E110"}"#, false),
        (.init(status: 200, bodyContains: ["Authentication failed"]), 401, "Authentication failed", false),
        (.init(), 401, "anything", false),
    ])
    func signalsMatchByStatusAndBody(signal: AbusePolicy.ResponseSignal, status: Int?, body: String, matches: Bool) {
        #expect(signal.matches(status: status, body: body) == matches)
    }

    @Test func lox24sBudgetStaysBelowItsFakesLockout() throws {
        let policy = LOX24Provider.descriptor.abusePolicy
        let lockout = BadCredentialLockout()
        #expect(policy.budget == lockout.allowedFailures, "the fake locks on request \(lockout.allowedFailures + 1)")
        #expect(policy.window == lockout.window)
        #expect(policy.block?.liftsAfter == lockout.lockDuration)
        #expect(policy.block?.signal == AbusePolicy.ResponseSignal(status: 429))
        #expect(policy.dryRun == AbusePolicy.DryRun(method: "POST", path: "/sms", dryRunPath: "/sms/dryrun"))
        #expect(policy.counts(status: 401, body: ""))
    }

    @Test(arguments: ProviderRegistry.ids)
    func everyProviderDeclaresWhereItsPolicyComesFromAndWhatIsAssumed(id: String) throws {
        let descriptor = try #require(ProviderRegistry.descriptor(for: id))
        let policy = descriptor.abusePolicy
        #expect(!policy.source.isEmpty)
        if policy.countsRequests {
            #expect(policy.budget > 0 && policy.window > 0)
            #expect(!policy.assumed.isEmpty, "every policy guesses at something no document settles")
        }
    }

    @Test func onlyLOX24OffersADryRunAndRoxEmailCountsNothing() {
        #expect(ProviderRegistry.ids.filter { ProviderRegistry.descriptor(for: $0)?.abusePolicy.dryRun != nil } == ["lox24"])
        #expect(ProviderRegistry.descriptor(for: "rox-email")?.abusePolicy.countsRequests == false)
    }
}
