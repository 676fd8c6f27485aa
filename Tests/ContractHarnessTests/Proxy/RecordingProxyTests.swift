import ContractHarness
import Foundation
import Providers
import StructuredData
import Testing
import Wire

/// The HTTP proxy over real sockets: forwarded unchanged, recorded redacted, drift and conformance reported.
@Suite struct RecordingProxyTests {
    @Test func forwardsUnchangedAndRecordsRedactedCassettesTheShadowAgreesWith() throws {
        let fixture = try ProxyFixture()
        let sent = try fixture.client.send(ProxyFixture.lox24Send())
        #expect(sent.status == 201)
        let uuid = try #require(try JSONParser.parse(sent.body)["uuid"]?.stringValue)
        // The same kept-alive connection, a lookup of the upstream's id: the shadow knows it by its own.
        let lookup = try fixture.client.send(HTTPRequest(method: "GET", target: "/sms/\(uuid)", headers: ["X-LOX24-AUTH-TOKEN": LOX24Provider.exampleToken]))
        #expect(lookup.status == 200)
        #expect(try JSONParser.parse(lookup.body)["uuid"]?.stringValue == uuid)
        let outbox = try #require(fixture.proxy.upstream.fakeServer).environment.outbox
        #expect(outbox.entries.count == 1)
        let results = fixture.finish()
        #expect(results.map(\.outcome) == [.passed, .passed], "\(results.map(\.differences))")
        #expect(fixture.lines.isEmpty, "\(fixture.lines)")
        let cassettes = try fixture.cassettes()
        #expect(cassettes.map(\.spec) == ["lox24/proxy-20261202T000000Z-000001", "lox24/proxy-20261202T000000Z-000002"])
        guard case .http(let request, let response)? = cassettes.first?.interactions.first?.exchange else {
            Issue.record("no HTTP interaction")
            return
        }
        #expect(request.headers["X-LOX24-AUTH-TOKEN"] == "{{credentials.token}}")
        #expect(response.status == 201)
        #expect(!fixture.cassetteText().contains("e3f3a759b6677959b6ebfc"))
    }

    @Test func anAppsOwnTokenIsRedactedEverywhereAndTheShadowTakesItAsTheDefaultAccounts() throws {
        let token = "7654321:0123456789abcdef0123456789abcdef"
        // An upstream that accepts this account's token and echoes it back in a header.
        let upstream = try changingUpstream { _, headers in headers["X-Echo"] = token }
        defer { upstream.shutdown() }
        let relay = HTTPServer(configuration: HTTPServerConfiguration()) { request in
            var request = request
            request.headers["X-LOX24-AUTH-TOKEN"] = LOX24Provider.exampleToken
            return (try? HTTPClient(host: "127.0.0.1", port: upstream.port).send(request)) ?? HTTPResponse(status: 599)
        }
        try relay.start()
        defer { relay.shutdown() }
        let fixture = try ProxyFixture(upstream: "http://127.0.0.1:\(relay.port)")
        #expect(try fixture.client.send(ProxyFixture.lox24Send(token: token)).status == 201)
        let results = fixture.finish()
        // The echo header is not one the fake sends, so it is not contract: no drift.
        #expect(results.first?.outcome == .passed, "\(results.first?.differences ?? [])")
        let text = fixture.cassetteText()
        #expect(!text.contains("0123456789abcdef0123456789abcdef") && !text.contains("7654321:"))
        #expect(text.contains("\"X-Echo\": \"{{credentials.token}}\""))
        let findings = SecretScanner(knownSecrets: [(name: "token", value: token)]).scan(
            CassetteCodec.json(try #require(try fixture.cassettes().first)), file: "cassette")
        #expect(findings.isEmpty)
    }

    @Test(arguments: [
        ("one body field", ["body/$.iso2"]),
        ("a contract header", ["headers/Content-Type"]),
        ("a volatile field only", [String]()),
    ])
    func aDeliberatelyDifferentUpstreamIsReportedByPathAndNothingElse(change: String, paths: [String]) throws {
        let upstream = try changingUpstream { body, headers in
            switch change {
            case "one body field": body["iso2"] = "CA"
            case "a contract header": headers["Content-Type"] = "application/json"
            default: body["created_at"] = 1
            }
        }
        defer { upstream.shutdown() }
        let fixture = try ProxyFixture(upstream: "http://127.0.0.1:\(upstream.port)", record: false)
        #expect(try fixture.client.send(ProxyFixture.lox24Send(phone: "+14155552671")).status == 201)
        let results = fixture.finish()
        #expect(results.count == 1)
        #expect(results.first?.differences.map(\.path) == paths)
        #expect(results.first?.differences.allSatisfy { $0.source == .shadow } == true)
        #expect(fixture.lines.count == paths.count)
        for (line, path) in zip(fixture.lines, paths) {
            #expect(line.hasPrefix("DRIFT lox24/proxy-20261202T000000Z-000001 POST /sms: \(path) [shadow]"), "\(line)")
        }
        if change == "one body field" {
            #expect(results.first?.differences.first?.expected == "US")
            #expect(results.first?.differences.first?.actual == "CA")
        }
    }

    @Test func aRequestTheFakeRefusesIsFlaggedEvenWhenTheUpstreamAcceptsIt() throws {
        // An upstream that accepts anything.
        let upstream = HTTPServer(configuration: HTTPServerConfiguration()) { _ in
            HTTPResponse(status: 201, contentType: "application/json", text: "{}")
        }
        try upstream.start()
        defer { upstream.shutdown() }
        let fixture = try ProxyFixture(upstream: "http://127.0.0.1:\(upstream.port)", record: false)
        #expect(try fixture.client.send(ProxyFixture.lox24Send(text: "")).status == 201)
        let results = fixture.finish()
        let conformance = results.first?.differences.filter { $0.source == .conformance } ?? []
        #expect(conformance.count == 1)
        #expect(conformance.first?.message?.contains("This value should not be blank.") == true, "\(conformance)")
        #expect(results.first?.differences.contains { $0.path == "status" && $0.expected == 422 && $0.actual == 201 } == true)
        #expect(fixture.lines.first?.hasPrefix("NONCONFORMING lox24/proxy-") == true)
    }

    @Test func maxSendsRefusesFurtherSendsWithoutForwardingThem() throws {
        let fixture = try ProxyFixture(record: false) { $0.maxSends = 1 }
        #expect(try fixture.client.send(ProxyFixture.lox24Send()).status == 201)
        let refused = try fixture.client.send(ProxyFixture.lox24Send())
        #expect(refused.status == 403)
        #expect(refused.bodyText.contains("would exceed --max-sends=1"))
        #expect(try #require(fixture.proxy.upstream.fakeServer).environment.outbox.entries.count == 1)
        let results = fixture.finish()
        #expect(results.map(\.outcome) == [.passed, .skipped])
        #expect(fixture.lines.contains { $0.hasPrefix("REFUSED ") })
    }

    @Test func allowNumbersForwardsOnlySendsToThem() throws {
        let fixture = try ProxyFixture(record: false) { $0.allowedNumbers = ["004917612345678"] }
        #expect(try fixture.client.send(ProxyFixture.lox24Send(phone: "+4917612345678")).status == 201)
        #expect(try fixture.client.send(ProxyFixture.lox24Send(phone: "+4915112345678")).status == 403)
        #expect(fixture.finish().map(\.outcome) == [.passed, .skipped])
    }

    @Test func anUpstreamThatDoesNotAnswerGets502AndAnError() throws {
        let closed = HTTPServer(configuration: HTTPServerConfiguration())  { _ in HTTPResponse(status: 200) }
        try closed.start()
        let port = closed.port
        closed.shutdown()
        let fixture = try ProxyFixture(upstream: "http://127.0.0.1:\(port)", record: false)
        let response = try fixture.client.send(ProxyFixture.lox24Send())
        #expect(response.status == 502)
        #expect(response.headers["X-SMSContract-Proxy"] == "upstream-failed")
        #expect(fixture.finish().first?.outcome == .error)
    }

    @Test func aCredentialTheRedactorCannotPlaceIsNeverWritten() throws {
        // A LOX24-shaped token in the message text: not where the provider carries one, so not redacted —
        // and the scan gate refuses the cassette rather than write it.
        let fixture = try ProxyFixture()
        #expect(try fixture.client.send(ProxyFixture.lox24Send(text: "key 7654321:0123456789abcdef0123456789abcdef")).status == 201)
        let results = fixture.finish()
        #expect(results.first?.outcome == .error)
        #expect(results.first?.reason?.contains("refused to write") == true)
        #expect(try fixture.cassettes().isEmpty)
    }

    @Test func chunkedRequestsAndResponsesKeepTheirFraming() throws {
        let upstream = HTTPServer(configuration: HTTPServerConfiguration()) { request in
            HTTPResponse(status: 200, headers: ["Transfer-Encoding": "chunked", "Content-Type": "text/plain"],
                         body: HopByHopHeaders.singleChunk(Array("got \(request.headers["Transfer-Encoding"] ?? "length") \(request.bodyText)".utf8)))
        }
        try upstream.start()
        defer { upstream.shutdown() }
        let fixture = try ProxyFixture(upstream: "http://127.0.0.1:\(upstream.port)", record: false)
        let response = try fixture.client.send(HTTPRequest(method: "POST", target: "/sms", headers: ["Transfer-Encoding": "chunked"], body: Array("abc".utf8)))
        #expect(response.headers["Transfer-Encoding"] == "chunked")
        #expect(response.bodyText == "got chunked abc")
        _ = fixture.finish()
    }
}
