import Providers
import StructuredData
import Testing
import Wire

/// The control API answers loopback clients only, unless told otherwise.
@Suite struct ControlAccessTests {
    @Test(arguments: [
        ("127.0.0.1", true), ("127.8.9.10", true), ("::1", true), ("::ffff:127.0.0.1", true), ("::FFFF:127.0.0.2", true),
        ("10.0.0.5", false), ("192.168.1.2", false), ("128.0.0.1", false), ("1270.0.0.1", false), ("127.0.0", false),
        ("127.0.0.1.5", false), ("::ffff:10.0.0.1", false), ("fe80::1", false), ("::2", false), ("", false), ("127.a.b.c", false),
    ])
    func loopbackAddresses(address: String, isLoopback: Bool) {
        #expect(ControlAccess.isLoopback(address) == isLoopback)
    }

    @Test func anUnknownAddressIsNotLoopback() {
        #expect(!ControlAccess.isLoopback(nil))
        #expect(!ControlAccess.loopbackOnly.permits(nil))
        #expect(ControlAccess.anywhere.permits(nil))
    }

    private func control() -> (ControlAPI, FakeEnvironment) {
        let environment = FakeEnvironment(clock: FakeClock(frozen: true))
        return (ControlAPI(fake: LOX24Fake(environment: environment), environment: environment), environment)
    }

    @Test(arguments: ["/__fake/accounts", "/__fake/outbox", "/__fake/clock", "/__fake/nothing"])
    func aRemoteClientGets403AndChangesNothing(path: String) throws {
        let (api, environment) = control()
        let before = environment.clock.unixSeconds
        for method in ["GET", "POST"] {
            let request = HTTPRequest(method: method, target: path, body: Array(#"{"advance_seconds": 600}"#.utf8), remoteAddress: "10.0.0.5")
            let response = ControlAccess.loopbackOnly.answer(request, with: api)
            #expect(response.status == 403)
            let message = try JSONParser.parse(response.body)["error"]?.stringValue ?? ""
            #expect(message.contains("10.0.0.5") && message.contains("--control-anywhere"))
        }
        #expect(environment.clock.unixSeconds == before)
    }

    @Test func loopbackClientsAndAnywhereAreAnswered() {
        let (api, _) = control()
        let local = HTTPRequest(method: "GET", target: "/__fake/accounts", remoteAddress: "127.0.0.1")
        let remote = HTTPRequest(method: "GET", target: "/__fake/accounts", remoteAddress: "203.0.113.7")
        #expect(ControlAccess.loopbackOnly.answer(local, with: api).status == 200)
        #expect(ControlAccess.anywhere.answer(remote, with: api).status == 200)
    }

    @Test func theEmailProvidersControlListenerBindsLoopbackUnlessAnywhere() throws {
        #expect(ControlAccess.loopbackOnly.controlHost(serving: "0.0.0.0") == "127.0.0.1")
        #expect(ControlAccess.anywhere.controlHost(serving: "0.0.0.0") == "0.0.0.0")
        let descriptor = try #require(ProviderRegistry.descriptor(for: "rox-email"))
        // 127.0.0.2 stands in for a public address: the SMTP listener takes it, the control API does not.
        let server = FakeServer(descriptor: descriptor, host: "127.0.0.2")
        try server.start()
        defer { server.shutdown() }
        #expect(server.smtpURL?.hasPrefix("smtp://127.0.0.2:") == true)
        #expect(server.baseURL.hasPrefix("http://127.0.0.1:"))
        let opened = FakeServer(descriptor: descriptor, host: "127.0.0.2", controlAccess: .anywhere)
        try opened.start()
        defer { opened.shutdown() }
        #expect(opened.baseURL.hasPrefix("http://127.0.0.2:"))
    }

    @Test(arguments: ProviderRegistry.ids)
    func everyFakeServesItsControlAPIToLoopbackClientsOverItsSocket(provider: String) throws {
        let server = FakeServer(descriptor: try #require(ProviderRegistry.descriptor(for: provider)))
        try server.start()
        defer { server.shutdown() }
        let response = try HTTPClient(url: server.baseURL).send(HTTPRequest(method: "GET", target: "/__fake/accounts"))
        #expect(response.status == 200)
    }
}
