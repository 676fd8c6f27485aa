import Dispatch
import Foundation
import StructuredData
import Synchronization
import Wire

/// A loopback HTTP server that receives a fake's receipts and postbacks during one spec run.
/// Specs point callback URLs at it with `{{callbacks.url}}`; an await step waits for what arrives.
/// Users' tests get one from `withCallbackReceiver` (SMSContractTesting) and point a fake's webhook at it.
public final class CallbackReceiver: Sendable {
    /// What arrived, and how to answer: shared with the server's handler.
    private final class Inbox: Sendable {
        let received = Mutex<[HTTPRequest]>([])
        let answer = Atomic<Int>(200)
        let answerText = Mutex<String?>(nil)
        let arrivals = DispatchSemaphore(value: 0)
    }

    private let server: HTTPServer
    private let inbox = Inbox()

    /// Starts a receiver on 127.0.0.1 and a free port.
    public init() throws(ServerError) {
        let inbox = self.inbox
        server = HTTPServer(configuration: HTTPServerConfiguration()) { request in
            inbox.received.withLock { $0.append(request) }
            inbox.arrivals.signal()
            let status = inbox.answer.load(ordering: .relaxed)
            let text = inbox.answerText.withLock { $0 } ?? (status == 200 ? "OK" : "refused by the spec's receiver")
            return HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", text: text)
        }
        try server.start()
    }

    /// The base URL callbacks go to, e.g. `http://127.0.0.1:49170`.
    public var baseURL: String { "http://127.0.0.1:\(server.port)" }

    /// The receiver's URL for `path`, e.g. `http://127.0.0.1:49170/hook`.
    public func url(_ path: String) -> String { baseURL + path }

    /// The status (200 by default) and body text every later callback is answered with.
    public func answer(with status: Int, text: String? = nil) {
        inbox.answer.store(status, ordering: .relaxed)
        inbox.answerText.withLock { $0 = text }
    }

    /// Everything received so far, in arrival order.
    public var requests: [HTTPRequest] { inbox.received.withLock { $0 } }

    /// The bodies received, parsed as JSON (null for a body that is not JSON), in arrival order.
    public var bodies: [JSONValue] { requests.map { (try? JSONParser.parse($0.body)) ?? .null } }

    /// Waits until at least `count` callbacks have arrived in all, or `timeout` has passed; returns what arrived.
    public func wait(forTotal count: Int, timeout: Duration) -> [HTTPRequest] {
        let deadline = DispatchTime.now() + .nanoseconds(Int(timeout.components.seconds) * 1_000_000_000 + Int(timeout.components.attoseconds / 1_000_000_000))
        while requests.count < count {
            if inbox.arrivals.wait(timeout: deadline) == .timedOut { break }
        }
        return requests
    }

    /// Stops the server.
    public func shutdown() {
        server.shutdown()
    }
}
