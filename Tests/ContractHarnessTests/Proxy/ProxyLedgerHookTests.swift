import ContractHarness
import Foundation
import Providers
import Synchronization
import Testing
import Wire

/// The proxy's part in the live ledger: the app's bad-credential answers and the provider's block are
/// recorded where every live run on the machine reads them.
@Suite struct ProxyLedgerHookTests {
    static let upstream = "http://127.0.0.1:9"

    private func exchange(_ status: Int, _ body: String = "{}") -> ForwardedExchange {
        ForwardedExchange(sequence: 1, request: HTTPRequest(method: "POST", target: "/sms"),
                          outcome: .answered(HTTPResponse(status: status, headers: [:], body: Array(body.utf8))))
    }

    @Test func theBuiltInFakeAsUpstreamSpendsNothing() {
        let hook = ProxyLedgerHook.make(provider: LOX24Provider.descriptor, target: "fake", environment: [:], line: { _ in })
        #expect(hook == nil)
    }

    @Test func badCredentialAnswersCountAndABlockIsRecorded() throws {
        let state = NSTemporaryDirectory() + "smscontract-proxy-ledger-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let lines = LinesBox()
        let print: @Sendable (String) -> Void = { lines.append($0) }
        let made = ProxyLedgerHook.make(provider: LOX24Provider.descriptor, target: Self.upstream,
                                        environment: ["SMSCONTRACT_STATE_DIR": state], line: print)
        let hook = try #require(made)
        hook(exchange(201))
        hook(exchange(401))
        hook(exchange(401))
        let ledger = LiveLedger(directory: state)
        #expect(try ledger.countedRequests(provider: "lox24", target: Self.upstream, now: Date()) == 2)
        #expect(try ledger.block(provider: "lox24", target: Self.upstream, now: Date()) == nil)
        hook(exchange(429, "IP address was temporary blocked"))
        #expect(try ledger.block(provider: "lox24", target: Self.upstream, now: Date()) != nil)
        #expect(lines.all.contains { $0.hasPrefix("BLOCKED lox24 at \(Self.upstream)") })
    }
}

/// Lines a hook printed, from whichever thread.
private final class LinesBox: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}
