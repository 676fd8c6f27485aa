@testable import ContractHarness
import Providers
import StructuredData
import Synchronization
import Testing
import Wire

/// The live transport: dry-run rewriting, counting, and nothing sent after a block.
@Suite struct LiveTransportTests {
    /// Answers every request with `status` and `body`, remembering the targets it was sent.
    final class Answering: HTTPTransport {
        let status: Int
        let body: String
        let targets = Mutex<[String]>([])

        init(status: Int, body: String = "{}") {
            self.status = status
            self.body = body
        }

        func send(_ request: HTTPRequest) throws -> HTTPResponse {
            targets.withLock { $0.append("\(request.method) \(request.target)") }
            return HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Array(body.utf8))
        }
    }

    static let policy = LOX24Provider.descriptor.abusePolicy

    @Test(arguments: [
        ("POST", "/sms", "POST /sms/dryrun"),
        ("POST", "/sms?x=1", "POST /sms/dryrun?x=1"),
        ("GET", "/sms", "GET /sms"),
        ("POST", "/sms/abc", "POST /sms/abc"),
    ])
    func onlySendingRequestsGoToTheDryRunEndpoint(method: String, target: String, sent: String) throws {
        let base = Answering(status: 201)
        let monitor = LiveSpecMonitor()
        let transport = LiveTransport(base: base, policy: Self.policy, dryRun: Self.policy.dryRun, monitor: monitor, providerName: "LOX24")
        _ = try transport.send(HTTPRequest(method: method, target: target))
        #expect(base.targets.withLock { $0 } == [sent])
        #expect(monitor.dryRuns == (sent.contains("dryrun") ? 1 : 0))
    }

    @Test func countedAnswersAreNoted() throws {
        let monitor = LiveSpecMonitor()
        let transport = LiveTransport(base: Answering(status: 401), policy: Self.policy, dryRun: nil, monitor: monitor, providerName: "LOX24")
        _ = try transport.send(HTTPRequest(method: "GET", target: "/sms/x"))
        _ = try transport.send(HTTPRequest(method: "GET", target: "/sms/x"))
        #expect(monitor.counted == 2)
        #expect(monitor.block == nil)
    }

    @Test func afterABlockNothingMoreIsSent() throws {
        let base = Answering(status: 429, body: #"{"title": "An error occurred", "detail": "IP address was temporary blocked"}"#)
        let monitor = LiveSpecMonitor()
        let transport = LiveTransport(base: base, policy: Self.policy, dryRun: nil, monitor: monitor, providerName: "LOX24")
        #expect(throws: ProviderBlocked.self) { try transport.send(HTTPRequest(method: "POST", target: "/sms")) }
        #expect(throws: ProviderBlocked.self) { try transport.send(HTTPRequest(method: "POST", target: "/sms")) }
        #expect(base.targets.withLock { $0 } == ["POST /sms"])
        #expect(monitor.block == LiveSpecMonitor.BlockAnswer(request: "POST /sms", status: 429, text: "IP address was temporary blocked"))
    }

    @Test(arguments: [
        (#"{"detail": "IP address was temporary blocked"}"#, "IP address was temporary blocked"),
        (#"{"status": "Failure", "error-code": "E120", "error-info": "API request limit reached"}"#, "API request limit reached"),
        ("<errors><error status=\"429\">Too Many</error></errors>\n", "<errors><error status=\"429\">Too Many</error></errors>"),
        (String(repeating: "x", count: 400), String(repeating: "x", count: 300) + "…"),
    ])
    func theProvidersOwnWordsAreQuoted(body: String, text: String) {
        #expect(LiveTransport.providerText(Array(body.utf8)) == text)
    }
}
