import StructuredData
import Synchronization
import Wire

/// A loopback HTTP server standing in for a customer's webhook, receipt or reply endpoint in
/// in-process tests: it records every request and answers with a status and body the test sets.
///
/// Tests advance the fake clock and call `FakeEnvironment.settle()`, which returns only after the
/// callbacks it caused were attempted — so what arrived is already recorded, without sleeping.
final class CallbackInbox: Sendable {
    private final class State: Sendable {
        let received = Mutex<[HTTPRequest]>([])
        let answer = Mutex<(status: Int, body: String)>((200, "OK"))
    }

    private let state = State()
    private let server: HTTPServer

    /// Starts the receiver on 127.0.0.1 and a free port.
    init() throws {
        let state = self.state
        server = HTTPServer(configuration: HTTPServerConfiguration()) { request in
            state.received.withLock { $0.append(request) }
            let answer = state.answer.withLock { $0 }
            return HTTPResponse(status: answer.status, contentType: "text/html; charset=utf-8", text: answer.body)
        }
        try server.start()
    }

    /// The receiver's base URL, `http://127.0.0.1:PORT`.
    var url: String { "http://127.0.0.1:\(server.port)" }

    /// The receiver's URL for `path`, e.g. `http://127.0.0.1:49170/hook`.
    func url(_ path: String) -> String { url + path }

    /// Answers every later request with `status` and `body`.
    func answer(_ status: Int, _ body: String = "OK") {
        state.answer.withLock { $0 = (status, body) }
    }

    /// Everything received so far, oldest first.
    var requests: [HTTPRequest] { state.received.withLock { $0 } }

    /// The bodies received, parsed as JSON (null for a body that is not JSON).
    var bodies: [JSONValue] { requests.map { (try? JSONParser.parse($0.body)) ?? .null } }

    /// Stops the server.
    func shutdown() {
        server.shutdown()
    }
}
