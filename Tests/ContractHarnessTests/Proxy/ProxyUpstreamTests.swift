import ContractHarness
import Providers
import Testing
import Wire

@Suite struct ProxyUpstreamTests {
    @Test(arguments: [
        ("ftp://example.com", "--upstream must be fake, an http:// or https:// URL"),
        ("http://", "--upstream http://"),
        ("https://", "is not a URL"),
    ])
    func anUpstreamItCannotUseIsAnErrorSayingWhatItTakes(spec: String, message: String) {
        do {
            _ = try ProxyUpstream.open(spec, provider: LOX24Provider.descriptor)
            Issue.record("accepted \(spec)")
        } catch {
            #expect(error.message.contains(message), "\(error.message)")
        }
    }

    @Test func fakeStartsTheBuiltInFakeOnALoopbackSocket() throws {
        let upstream = try ProxyUpstream.open("fake", provider: LOX24Provider.descriptor)
        defer { upstream.close() }
        let server = try #require(upstream.fakeServer)
        #expect(server.baseURL.hasPrefix("http://127.0.0.1:"))
        let answer = try upstream.forward(HTTPRequest(method: "GET", target: "/sms/00000000-0000-4000-8000-000000000000",
                                                      headers: ["X-LOX24-AUTH-TOKEN": LOX24Provider.exampleToken]))
        #expect(answer.status == 404)
    }

    @Test func plainHTTPAndTheFakeAreForwardedOnTheEventLoopsAndHTTPSIsNot() throws {
        let fake = try ProxyUpstream.open("fake", provider: LOX24Provider.descriptor, connections: 8)
        defer { fake.close() }
        let server = try #require(fake.fakeServer)
        #expect(fake.loopClient?.endpoint == HTTPEndpoint(host: "127.0.0.1", port: server.port))
        #expect(fake.loopClient?.maxIdleConnectionsPerLoop == 8)
        let plain = try ProxyUpstream.open("http://127.0.0.1:9/base", provider: LOX24Provider.descriptor)
        #expect(plain.loopClient?.endpoint == HTTPEndpoint(host: "127.0.0.1", port: 9, basePath: "/base"))
        #expect(try ProxyUpstream.open("https://api.example.invalid", provider: LOX24Provider.descriptor).loopClient == nil)
    }

    @Test func anHTTPSUpstreamIsOpenedWithoutConnecting() throws {
        // Opening touches no network: URLSession connects on the first request, which no test sends.
        let upstream = try ProxyUpstream.open("https://api.example.invalid/v2", provider: LOX24Provider.descriptor)
        #expect(upstream.name == "https://api.example.invalid/v2")
        #expect(upstream.fakeServer == nil)
    }

    @Test func theCAFileIsCheckedWhenTheProxyStarts() throws {
        let missing = "/nonexistent/ca.pem"
        #expect(throws: ProxyError.self) { _ = try ProxyFixture(upstream: "https://127.0.0.1:1") { $0.upstreamCertificateAuthority = missing } }
        do {
            _ = try ProxyUpstream.open("https://127.0.0.1:1", provider: LOX24Provider.descriptor, certificateAuthority: missing)
            Issue.record("accepted a missing CA file")
        } catch {
            #expect(error.message == "--upstream-ca /nonexistent/ca.pem: cannot read the file (it should be the CA's certificate, PEM)")
        }
        do {
            _ = try ProxyUpstream.open("http://127.0.0.1:1", provider: LOX24Provider.descriptor, certificateAuthority: missing)
            Issue.record("accepted a CA for a plain upstream")
        } catch {
            #expect(error.message.contains("applies to an https:// upstream only"), "\(error.message)")
        }
    }
}
