import ContractHarness
import Foundation
import Providers
import StructuredData
import Testing
import Wire

/// The proxy in front of an `https://` upstream over real sockets: a TLS relay (Tests/Fixtures/TLS) in
/// front of the built-in fake, its certificate signed by a throwaway CA made at test time. Skipped, saying
/// so, without python3 and openssl.
@Suite(.enabled(if: TLSRelay.python != nil, Comment(rawValue: TLSRelay.missing)))
struct HTTPSUpstreamTransportTests {
    /// A LOX24 fake on a plain socket, a TLS relay in front of it, and a proxy trusting (or not) its CA.
    struct Chain {
        let fake: FakeServer
        let relay: TLSRelay
        let fixture: ProxyFixture

        init(trusted: Bool = true, record: Bool = true) throws {
            fake = FakeServer(descriptor: LOX24Provider.descriptor, eventLoops: 1)
            try fake.start()
            relay = try TLSRelay(upstreamPort: fake.port)
            let ca = relay.certificateAuthority
            fixture = try ProxyFixture(upstream: relay.url, record: record) { configuration in
                if trusted { configuration.upstreamCertificateAuthority = ca }
            }
        }

        /// Stops the proxy, then the relay and the fake; returns the proxy's results and the relay's lines.
        func finish() -> (results: [SpecResult], relayLines: [String]) {
            let results = fixture.finish()
            let lines = relay.stop()
            fake.shutdown()
            return (results, lines)
        }
    }

    static let token = LOX24Provider.exampleToken

    @Test func aProxiedExchangeArrivesUnchangedOverKeptAliveTLSAndIsRecordedRedacted() throws {
        let chain = try Chain()
        let sent = try chain.fixture.client.send(ProxyFixture.lox24Send())
        #expect(sent.status == 201)
        #expect(sent.headers["Content-Type"] == "application/ld+json; charset=utf-8")
        let uuid = try #require(try JSONParser.parse(sent.body)["uuid"]?.stringValue)
        let lookup = HTTPRequest(method: "GET", target: "/sms/\(uuid)", headers: ["X-LOX24-AUTH-TOKEN": Self.token])
        let proxied = try chain.fixture.client.send(lookup)
        let again = try chain.fixture.client.send(lookup)
        // What the fake itself answers to the same lookup, straight over its plain socket.
        let direct = try HTTPClient(host: "127.0.0.1", port: chain.fake.port).send(lookup)
        #expect(proxied.status == direct.status && again.status == 200)
        #expect(proxied.body == direct.body)
        #expect(proxied.headers["Content-Type"] == direct.headers["Content-Type"])
        #expect(proxied.headers["Content-Length"] == String(direct.body.count))
        #expect(chain.fake.environment.outbox.entries.count == 1)
        let (results, relayLines) = chain.finish()
        #expect(results.map(\.outcome) == [.passed, .passed, .passed], "\(results.map(\.differences))")
        #expect(chain.fixture.lines.isEmpty, "\(chain.fixture.lines)")
        // Three requests, one TLS connection to the upstream: it was kept alive.
        #expect(relayLines.filter { $0 == "accepted a TLS connection" }.count == 1, "\(relayLines)")
        let cassettes = try chain.fixture.cassettes()
        #expect(cassettes.count == 3)
        guard case .http(let request, let response)? = cassettes.first?.interactions.first?.exchange else {
            Issue.record("no HTTP interaction")
            return
        }
        #expect(request.headers["X-LOX24-AUTH-TOKEN"] == "{{credentials.token}}")
        #expect(response.status == 201)
        #expect(!chain.fixture.cassetteText().contains("e3f3a759b6677959b6ebfc"))
    }

    @Test func anUpstreamChangedThroughItsControlAPIDriftsByPathAndNothingElse() throws {
        let chain = try Chain(record: false)
        // The upstream's account now lives in the US: the national number 4155552671 is +1 4155552671 there,
        // priced as a US message, while the shadow's German account reads it otherwise.
        let control = HTTPClient(host: "127.0.0.1", port: chain.fake.port)
        let changed = try control.send(HTTPRequest(method: "POST", target: "/__fake/accounts", headers: ["Content-Type": "application/json"],
                                                   body: JSONWriter.bytes(["token": .string(Self.token), "country": "US"])))
        #expect(changed.status == 200, "\(changed.bodyText)")
        #expect(try chain.fixture.client.send(ProxyFixture.lox24Send(phone: "4155552671")).status == 201)
        let (results, _) = chain.finish()
        let paths = results.first?.differences.map(\.path) ?? []
        #expect(paths == ["body/$.phone", "body/$.iso2", "body/$.price"], "\(results.first?.differences ?? [])")
        #expect(results.first?.differences.allSatisfy { $0.source == .shadow } == true)
        #expect(chain.fixture.lines.count == paths.count, "\(chain.fixture.lines)")
        #expect(results.first?.differences.first?.actual == "+14155552671")
        for (line, path) in zip(chain.fixture.lines, paths) {
            #expect(line.hasPrefix("DRIFT lox24/proxy-20261202T000000Z-000001 POST /sms: \(path) [shadow]"), "\(line)")
        }
    }

    @Test func anUntrustedCertificateIs502SayingSoAndNamingTheFlagWithOneLine() throws {
        let chain = try Chain(trusted: false, record: false)
        let response = try chain.fixture.client.send(ProxyFixture.lox24Send())
        #expect(response.status == 502)
        #expect(response.headers["X-SMSContract-Proxy"] == "upstream-failed")
        #expect(response.bodyText.contains("the upstream's TLS certificate was not trusted"), "\(response.bodyText)")
        #expect(response.bodyText.contains("--upstream-ca FILE"), "\(response.bodyText)")
        let (results, relayLines) = chain.finish()
        #expect(results.first?.outcome == .error)
        #expect(chain.fixture.lines.count == 1, "\(chain.fixture.lines)")
        #expect(chain.fixture.lines.first?.hasPrefix("ERROR lox24/proxy-") == true)
        #expect(chain.fixture.lines.first?.contains("was not trusted") == true && chain.fixture.lines.first?.contains("--upstream-ca") == true)
        #expect(relayLines.contains { $0.hasPrefix("handshake failed") }, "\(relayLines)")
        #expect(chain.fake.environment.outbox.entries.isEmpty)
    }

    @Test func aCAThatDidNotSignTheCertificateIsNamedInThe502() throws {
        let other = try TLSRelay(upstreamPort: 9)  // started only for its own, different, CA
        defer { other.stop() }
        let otherCA = other.certificateAuthority
        let fake = FakeServer(descriptor: LOX24Provider.descriptor, eventLoops: 1)
        try fake.start()
        defer { fake.shutdown() }
        let relay = try TLSRelay(upstreamPort: fake.port)
        defer { relay.stop() }
        let fixture = try ProxyFixture(upstream: relay.url, record: false) { $0.upstreamCertificateAuthority = otherCA }
        let response = try fixture.client.send(ProxyFixture.lox24Send())
        #expect(response.status == 502)
        #expect(response.bodyText.contains("not trusted, even with --upstream-ca \(otherCA)"), "\(response.bodyText)")
        #expect(fixture.finish().first?.outcome == .error)
    }
}
