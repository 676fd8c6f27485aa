import ContractHarness
import Providers
import Testing

/// An `https://` URL pointed at a plain-HTTP server fails at once, with a plain message.
@Suite struct PlainHTTPProbeTests {
    @Test func anHTTPSURLAtAPlainHTTPServerFailsWithAPlainMessage() throws {
        let server = FakeServer(descriptor: LOX24Provider.descriptor)
        try server.start()
        defer { server.shutdown() }
        let https = "https" + server.baseURL.dropFirst("http".count)
        #expect {
            _ = try HTTPTransports.forBaseURL(https)
        } throws: { error in
            let message = (error as? TransportError)?.message ?? ""
            return message.contains("answers plain HTTP") && message.contains("use \(server.baseURL)")
        }
        let live = LiveTarget(environment: ["SMSCONTRACT_LOX24_URL": https, "SMSCONTRACT_LOX24_TOKEN": LOX24Provider.exampleToken])
        let result = SpecRunner(target: live, recordMode: .never, cassettes: CassetteStore(root: RepositoryFixture.recordings))
            .run(try SpecCatalog.load(RepositoryFixture.specs + "/lox24/missing-text.json"))
        #expect(result.outcome == .error)
        #expect(result.reason?.hasPrefix("SMSCONTRACT_LOX24_URL: \(https) is an https:// URL, but 127.0.0.1:") == true, "\(result.reason ?? "")")
    }

    @Test func anHTTPSURLNobodyListensOnFailsFast() throws {
        let server = FakeServer(descriptor: LOX24Provider.descriptor)
        try server.start()
        let https = "https" + server.baseURL.dropFirst("http".count)
        server.shutdown() // Nothing listens on the port any more.
        #expect {
            _ = try HTTPTransports.forBaseURL(https)
        } throws: { error in
            (error as? TransportError)?.message.contains("cannot connect to 127.0.0.1") == true
        }
    }
}
