import ContractHarness
import Providers
import Testing

/// A live run whose providers lack a variable is a configuration error naming each one, never a green run.
@Suite struct LiveTargetConfigurationTests {
    static let lox24 = LOX24Provider.descriptor

    @Test(arguments: [
        ([:], ["SMSCONTRACT_LOX24_URL", "SMSCONTRACT_LOX24_TOKEN"]),
        (["SMSCONTRACT_LOX24_URL": "http://127.0.0.1:1", "SMSCONTRACT_LOX24_TOKEN": ""], ["SMSCONTRACT_LOX24_TOKEN"]),
        (["SMSCONTRACT_LOX24_URL": "http://127.0.0.1:1", "SMSCONTRACT_LOX24_TOKN": "x"], ["SMSCONTRACT_LOX24_TOKEN"]), // Misspelt.
        (["SMSCONTRACT_LOX24_URL": "http://127.0.0.1:1", "SMSCONTRACT_LOX24_TOKEN": "x"], []),
    ] as [([String: String], [String])])
    func missingAndEmptyVariablesAreNamed(environment: [String: String], missing: [String]) {
        #expect(LiveTarget(environment: environment).missingVariables(for: Self.lox24) == missing)
    }

    @Test func aRequestedProviderNeedsEverythingAndAnyProviderWithAURLNeedsItsCredentials() throws {
        let rox = try #require(ProviderRegistry.descriptor(for: "rox"))
        let nothingSet = LiveTarget(environment: [:])
        #expect(nothingSet.configurationProblem(for: [Self.lox24, rox], requested: []) == nil) // Unset URLs are skips.
        let requested = try #require(nothingSet.configurationProblem(for: [Self.lox24, rox], requested: ["lox24"]))
        #expect(requested.lines == ["live lox24 needs SMSCONTRACT_LOX24_URL, SMSCONTRACT_LOX24_TOKEN (unset or empty)"])
        let halfSet = LiveTarget(environment: ["SMSCONTRACT_ROX_URL": "http://127.0.0.1:1", "SMSCONTRACT_ROX_USERNAME": "u"])
        let problem = try #require(halfSet.configurationProblem(for: [Self.lox24, rox], requested: []))
        #expect(problem.lines == ["live rox needs SMSCONTRACT_ROX_ACCOUNT_ID, SMSCONTRACT_ROX_PASSWORD (unset or empty)"])
    }

    @Test func theWholeSuiteNeedsOneConfiguredProviderAndNoHalfConfiguredOne() {
        #expect(LiveTarget(environment: [:]).wholeSuiteProblem()?.hasPrefix("nothing ran: the target is live, but no provider is configured") == true)
        #expect(LiveTarget(environment: ["SMSCONTRACT_LOX24_URL": "http://x"]).wholeSuiteProblem()?.contains("live lox24 needs SMSCONTRACT_LOX24_TOKEN") == true)
        #expect(LiveTarget(environment: ["SMSCONTRACT_LOX24_URL": "http://x", "SMSCONTRACT_LOX24_TOKEN": "t"]).wholeSuiteProblem() == nil)
    }

    @Test func theWholeSuiteCountsTheProvidersOfTheRegistryGiven() {
        let acme = ProviderDescriptor(
            id: "acme", name: "Acme SMS", seedFile: "acme-api.txt", transport: .http,
            credentials: [CredentialDescriptor(name: "key", environmentVariable: "SMSCONTRACT_ACME_KEY", fakeValue: "acme-key")],
            makeFake: { .http(LOX24Fake(environment: $0)) })
        let registry = ProviderRegistry.builtIn.adding(acme)
        let onlyAcme = LiveTarget(environment: ["SMSCONTRACT_ACME_URL": "http://x", "SMSCONTRACT_ACME_KEY": "k"])
        #expect(onlyAcme.wholeSuiteProblem(registry: registry) == nil)
        #expect(onlyAcme.wholeSuiteProblem()?.hasPrefix("nothing ran") == true) // The built-in five know no acme.
        let halfAcme = LiveTarget(environment: ["SMSCONTRACT_ACME_URL": "http://x"])
        #expect(halfAcme.wholeSuiteProblem(registry: registry)?.contains("live acme needs SMSCONTRACT_ACME_KEY") == true)
        #expect(LiveTarget(environment: [:]).wholeSuiteProblem(registry: registry)?.contains("SMSCONTRACT_ACME_URL") == true)
    }
}
