import ContractHarness
import Providers
import Testing

/// A live provider that refuses the configured credentials is said so, naming the variables to check —
/// against each provider's fake with one credential variable set wrong.
@Suite struct CredentialRefusalTests {
    static let allowAll = LiveSendGuard(environment: ["SMSCONTRACT_LIVE_SENDS": "1", "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": "*", "SMSCONTRACT_LIVE_MAX_SENDS": "100"])

    static let wrongCredentials: [(provider: String, spec: String, environment: [String: String], refusal: String)] = [
        ("lox24", "lox24/send-basic-example", ["SMSCONTRACT_LOX24_TOKEN": "7654321:00000000000000000000000000000000"],
         "lox24 refused the configured credentials (HTTP 401); check SMSCONTRACT_LOX24_TOKEN"),
        ("skycore", "skycore/example-1-send", ["SMSCONTRACT_SKYCORE_API_KEY": "revoked-key"],
         "skycore refused the configured credentials (error-code E104); check SMSCONTRACT_SKYCORE_API_KEY"),
        ("iovox", "iovox/send-basic-example", ["SMSCONTRACT_IOVOX_USERNAME": "test", "SMSCONTRACT_IOVOX_SECURE_KEY": "wrong"],
         "iovox refused the configured credentials (HTTP 401); check SMSCONTRACT_IOVOX_USERNAME, SMSCONTRACT_IOVOX_SECURE_KEY"),
        ("rox", "rox/send-seed-example",
         ["SMSCONTRACT_ROX_ACCOUNT_ID": RoxProvider.exampleAccountID, "SMSCONTRACT_ROX_USERNAME": RoxProvider.exampleUsername, "SMSCONTRACT_ROX_PASSWORD": "wrong"],
         "rox refused the configured credentials (Result 20"),
        ("rox-email", "rox-email/format3-example",
         ["SMSCONTRACT_ROX_ACCOUNT_ID": RoxProvider.exampleAccountID, "SMSCONTRACT_ROX_USERNAME": RoxProvider.exampleUsername, "SMSCONTRACT_ROX_PASSWORD": "wrong"],
         "rox-email refused the configured credentials (SMTP 550 5.7."),
    ]

    /// Runs a fixture spec live against a fresh fake of its provider, with `credentials` as the environment.
    static func runLive(_ specID: String, provider id: String, credentials: [String: String]) throws -> SpecResult {
        let descriptor = try #require(ProviderRegistry.descriptor(for: id))
        let server = FakeServer(descriptor: descriptor)
        try server.start()
        defer { server.shutdown() }
        var environment = credentials
        environment[descriptor.urlEnvironmentVariable] = server.smtpURL ?? server.baseURL
        let runner = SpecRunner(target: LiveTarget(environment: environment), recordMode: .never,
                                cassettes: CassetteStore(root: RepositoryFixture.recordings), sendGuard: allowAll)
        return runner.run(try SpecCatalog.load(RepositoryFixture.specs + "/\(specID).json"))
    }

    @Test(arguments: wrongCredentials)
    func aWrongCredentialIsNamedOnceInsteadOfReadAsDrift(provider: String, spec: String, environment: [String: String], refusal: String) throws {
        let result = try Self.runLive(spec, provider: provider, credentials: environment)
        #expect(result.outcome == .failed, "\(result.outcome): \(result.reason ?? "")")
        #expect(result.credentialRefusal?.hasPrefix(refusal) == true, "\(result.credentialRefusal ?? "nil")")
    }

    @Test func aStepThatStopsOnTheRefusalIsARefusalToo() throws {
        // get-by-uuid captures the uuid of the SMS it sends; a 401 has none, so the run stops at that step.
        let result = try Self.runLive("lox24/get-by-uuid", provider: "lox24", credentials: ["SMSCONTRACT_LOX24_TOKEN": "7654321:00000000000000000000000000000000"])
        #expect(result.outcome == .error)
        #expect(result.credentialRefusal == "lox24 refused the configured credentials (HTTP 401); check SMSCONTRACT_LOX24_TOKEN")
    }

    @Test func theRightCredentialsAndASpecThatSendsAWrongKeyOnPurposeAreNotRefusals() throws {
        let token = ["SMSCONTRACT_LOX24_TOKEN": LOX24Provider.exampleToken]
        let good = try Self.runLive("lox24/send-basic-example", provider: "lox24", credentials: token)
        #expect(good.outcome == .passed, "\(good.differences)")
        #expect(good.credentialRefusal == nil)
        let onPurpose = try Self.runLive("lox24/unauthorized-wrong-token", provider: "lox24", credentials: token)
        #expect(onPurpose.credentialRefusal == nil)
        #expect(onPurpose.outcome == .passed, "\(onPurpose.differences)")
    }

    @Test func onTheFakeTargetNothingIsCalledARefusal() {
        let result = SpecRunner(target: FakeTarget(), recordMode: .never, cassettes: CassetteStore(root: RepositoryFixture.recordings))
            .run((try? SpecCatalog.load(RepositoryFixture.specs + "/lox24/unauthorized-wrong-token.json"))!)
        #expect(result.outcome == .passed)
        #expect(result.credentialRefusal == nil)
    }
}
