import Foundation
import SMSContractTesting
import Testing

/// One body on both targets. The "live" endpoint here is a second fake started by hand and named by
/// environment variables, as a sandbox account would be, so the live path runs without the internet.
@Suite struct TestTargetTests {
    static func sendsAndIsAccepted(on client: TargetClient) throws {
        let token = try #require(client.credentials["token"])
        let answer = try LOX24Client(target: client.send, token: token).send("Hi", to: "+491701234567")
        #expect(answer.status == 201)
        #expect(answer.body["uuid"]?.stringValue?.count == 36)
    }

    @Test func theSameBodyRunsOnTheFakeAndOnALiveEndpoint() async throws {
        let stand = FakeServer(descriptor: .lox24)
        try stand.start()
        defer { stand.shutdown() }
        let environment = ["SMSCONTRACT_LOX24_URL": stand.baseURL, "SMSCONTRACT_LOX24_TOKEN": LOX24Provider.exampleToken]
        for target in [TestTarget.fake, .live(environment: environment)] {
            try await withTarget(target, .lox24) { client throws in
                try Self.sendsAndIsAccepted(on: client)
                #expect((client.fake != nil) == (target.kind == .fake))
                client.fake.map { #expect($0.outbox().count == 1) }
            }
        }
        #expect(stand.environment.outbox.entries.count == 1)
    }

    @Test(arguments: [
        ([String: String](), "SMSCONTRACT_LOX24_URL is not set"),
        (["SMSCONTRACT_LOX24_URL": "http://127.0.0.1:9"], "SMSCONTRACT_LOX24_TOKEN is not set"),
    ])
    func aLiveTargetWithoutItsVariablesIsUnavailableAndSaysWhich(environment: [String: String], reason: String) async throws {
        let target = TestTarget.live(environment: environment)
        #expect(!target.isAvailable(for: .lox24))
        let error = await #expect(throws: TargetUnavailable.self) { try await withTarget(target, .lox24, skipsWhenUnavailable: false) { _ in } }
        #expect(error?.reason == reason && error?.isSkip == true)
    }

    /// The README's `@Test(arguments: [TestTarget.fake, .live()])` with no live variables: the live case
    /// is cancelled with the reason (reported as skipped), its body never runs, and nothing fails.
    @Test(arguments: [TestTarget.live(environment: [:]), .live(environment: ["SMSCONTRACT_LOX24_URL": "http://127.0.0.1:9"])])
    func aLiveTargetWithoutItsVariablesSkipsTheTestCase(target: TestTarget) async throws {
        try await withTarget(target, .lox24) { _ in Issue.record("the body ran on a live target without its variables") }
        Issue.record("withTarget returned on a live target without its variables")
    }

    @Test func aLiveURLThatIsNotOneIsAnErrorNotASkip() async throws {
        let target = TestTarget.live(environment: ["SMSCONTRACT_LOX24_URL": "ftp://nowhere", "SMSCONTRACT_LOX24_TOKEN": "t"])
        let error = await #expect(throws: TargetUnavailable.self) { try await withTarget(target, .lox24) { _ in } }
        #expect(error?.isSkip == false)
    }

    @Test(arguments: ProviderRegistry.builtIn.providers)
    func theFakeIsAvailableForEveryProvider(provider: ProviderDescriptor) {
        #expect(TestTarget.fake.isAvailable(for: provider))
    }

    @Test func targetsNameTheirKind() {
        #expect(TestTarget.fake.description == "fake" && TestTarget.live(environment: [:]).description == "live")
    }
}
