import StructuredData
import Synchronization
import Wire

/// A loopback HTTP server on a free port standing in for a customer's receipt or postback endpoint:
/// it keeps what arrives and answers with a status the test can change.
final class LoopbackReceiver: Sendable {
    private final class Inbox: Sendable {
        let requests = Mutex<[HTTPRequest]>([])
        let status = Atomic<Int>(200)
    }

    private let inbox = Inbox()
    private let server: HTTPServer

    /// Starts the receiver; stop it with ``shutdown()``.
    init() throws {
        let inbox = self.inbox
        server = HTTPServer(configuration: HTTPServerConfiguration()) { request in
            inbox.requests.withLock { $0.append(request) }
            return HTTPResponse(status: inbox.status.load(ordering: .relaxed))
        }
        try server.start()
    }

    /// The receiver's base URL, `http://127.0.0.1:PORT`.
    var url: String { "http://127.0.0.1:\(server.port)" }

    /// Answers every later request with `status`.
    func answer(_ status: Int) {
        inbox.status.store(status, ordering: .relaxed)
    }

    /// What arrived, in order.
    var requests: [HTTPRequest] { inbox.requests.withLock { $0 } }

    /// The bodies that arrived, parsed as JSON (null for a body that is not JSON).
    var bodies: [JSONValue] { requests.map { (try? JSONParser.parse($0.body)) ?? .null } }

    func shutdown() {
        server.shutdown()
    }
}
