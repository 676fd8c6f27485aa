import Foundation
import StructuredData
import Testing
import Wire

/// `smscontract proxy` in front of an `https://` upstream with a private CA, as a user runs it: the built
/// binary, `--upstream-ca`, a TLS relay (Tests/Fixtures/TLS, its CA made by openssl at test time) in front
/// of `smscontract serve`, and curl and a Python `requests` app pointed at the proxy. Each test skips,
/// saying so, when a tool it needs is missing.
@Suite(.serialized, .enabled(if: TLSRelay.python != nil, Comment(rawValue: TLSRelay.missing)))
struct ProxyCommandTLSBinaryTests {
    static let token = ProxyCommandBinaryTests.token

    /// `smscontract serve --provider lox24` behind a TLS relay.
    struct TLSUpstream {
        let serve: Process
        let fakeURL: String
        let relay: TLSRelay

        init() throws {
            serve = Process()
            serve.executableURL = URL(fileURLWithPath: CommandLineBinaryTests.binary)
            serve.arguments = ["serve", "--provider", "lox24", "--port", "0"]
            let out = Pipe()
            serve.standardOutput = out
            try serve.run()
            // "lox24 http://127.0.0.1:PORT"
            let text = TLSRelay.firstLine(of: out)
            fakeURL = text.split(separator: "\n").first?.split(separator: " ").last.map(String.init) ?? ""
            let port = UInt16(fakeURL.split(separator: ":").last ?? "") ?? 0
            relay = try TLSRelay(upstreamPort: port)
        }

        func stop() {
            relay.stop()
            serve.terminate()
            serve.waitUntilExit()
        }
    }

    @Test(.enabled(if: ProxyCommandBinaryTests.curl != nil && ProxyCommandBinaryTests.pythonWithRequests != nil,
                   "curl and python3 with requests are needed (apt-get install curl; pip install requests)"))
    func curlAndAPythonAppThroughAnHTTPSUpstreamAreRecordedRedactedAndBecomeSpecs() throws {
        let upstream = try TLSUpstream()
        defer { upstream.stop() }
        let folder = try ProxyCommandBinaryTests.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let proxy = try ProxyCommandBinaryTests.RunningProxy(["--provider", "lox24", "--upstream", upstream.relay.url,
                                                              "--upstream-ca", upstream.relay.certificateAuthority,
                                                              "--record", folder + "/rec", "--report", folder + "/report.json"])
        let send = try ProxyCommandBinaryTests.run(try #require(ProxyCommandBinaryTests.curl), [
            "-s", "-X", "POST", "\(proxy.url)/sms", "-H", "Content-Type: application/json", "-H", "X-LOX24-AUTH-TOKEN: \(Self.token)",
            "-d", #"{"text":"Hello from curl","sender_id":"+491701234567","phone":"+4917612345678"}"#])
        #expect(try JSONParser.parse(send.stdout)["uuid"]?.stringValue != nil, "\(send.stdout)")
        let result = try ProxyCommandBinaryTests.run(try #require(ProxyCommandBinaryTests.pythonWithRequests), ["-c", ProxyCommandBinaryTests.pythonApp(proxyURL: proxy.url)])
        #expect(result.status == 0, "\(result.stderr)")
        let (status, output) = proxy.stop()
        #expect(status == 0, "\(output)")
        try ProxyCommandBinaryTests.checkRecordings(in: folder, exchanges: 3, output: output)
        // The fake behind the relay got the sends: the proxy forwarded them over TLS, not to a fake of its own.
        let outbox = try HTTPClient(endpoint: HTTPEndpoint(url: upstream.fakeURL)).send(HTTPRequest(method: "GET", target: "/__fake/outbox"))
        #expect(try JSONParser.parse(outbox.body).arrayValue?.count == 2)
    }

    @Test(.enabled(if: ProxyCommandBinaryTests.curl != nil, "curl is not installed; install curl to run the curl check"))
    func anUpstreamChangedThroughItsControlAPIIsReportedByPath() throws {
        let upstream = try TLSUpstream()
        defer { upstream.stop() }
        let folder = try ProxyCommandBinaryTests.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let changed = try HTTPClient(endpoint: HTTPEndpoint(url: upstream.fakeURL)).send(HTTPRequest(
            method: "POST", target: "/__fake/accounts", headers: ["Content-Type": "application/json"],
            body: JSONWriter.bytes(["token": .string(Self.token), "country": "US"])))
        #expect(changed.status == 200)
        let proxy = try ProxyCommandBinaryTests.RunningProxy(["--provider", "lox24", "--upstream", upstream.relay.url,
                                                              "--upstream-ca", upstream.relay.certificateAuthority, "--report", folder + "/report.json"])
        let send = try ProxyCommandBinaryTests.run(try #require(ProxyCommandBinaryTests.curl), [
            "-s", "-X", "POST", "\(proxy.url)/sms", "-H", "Content-Type: application/json", "-H", "X-LOX24-AUTH-TOKEN: \(Self.token)",
            "-d", #"{"text":"Hello","sender_id":"+491701234567","phone":"4155552671"}"#])
        #expect(try JSONParser.parse(send.stdout)["iso2"]?.stringValue == "US", "\(send.stdout)")
        let (status, output) = proxy.stop()
        #expect(status == 1)
        let drift = output.split(separator: "\n").filter { $0.hasPrefix("DRIFT ") }
        #expect(drift.map { $0.split(separator: " ")[4] } == ["body/$.phone", "body/$.iso2", "body/$.price"], "\(output)")
        #expect(output.contains("1 exchange: 0 agreed with the shadow, 1 drifted or did not conform"), "\(output)")
        let report = try JSONParser.parse(Array(FileManager.default.contents(atPath: folder + "/report.json") ?? Data()))
        let paths = report["results"]?.arrayValue?.first?["differences"]?.arrayValue?.compactMap { $0["path"]?.stringValue }
        #expect(paths == ["body/$.phone", "body/$.iso2", "body/$.price"])
    }

    @Test(.enabled(if: ProxyCommandBinaryTests.curl != nil, "curl is not installed; install curl to run the curl check"))
    func anUntrustedUpstreamCertificateIs502NamingTheFlagAndOneLine() throws {
        let upstream = try TLSUpstream()
        defer { upstream.stop() }
        let proxy = try ProxyCommandBinaryTests.RunningProxy(["--provider", "lox24", "--upstream", upstream.relay.url])
        let send = try ProxyCommandBinaryTests.run(try #require(ProxyCommandBinaryTests.curl), [
            "-s", "-w", "\n%{http_code}", "-X", "POST", "\(proxy.url)/sms", "-H", "Content-Type: application/json",
            "-H", "X-LOX24-AUTH-TOKEN: \(Self.token)", "-d", #"{"text":"Hello","sender_id":"+491701234567","phone":"+4917612345678"}"#])
        #expect(send.stdout.hasSuffix("\n502"), "\(send.stdout)")
        #expect(send.stdout.contains("TLS certificate was not trusted") && send.stdout.contains("--upstream-ca FILE"), "\(send.stdout)")
        let (status, output) = proxy.stop()
        #expect(status == 1)
        let lines = output.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("ERROR ") }.count == 1, "\(output)")
        #expect(lines.first { $0.hasPrefix("ERROR ") }?.contains("--upstream-ca FILE") == true, "\(output)")
    }
}
