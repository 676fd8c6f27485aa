import Dispatch
import Synchronization
@testable import Wire

/// Records a server's connection events and lets a test block until some have happened.
final class EventRecorder: Sendable {
    private let events = Mutex<[ConnectionEvent]>([])
    private let signal = DispatchSemaphore(value: 0)

    /// The observer to put in a server configuration.
    var observer: @Sendable (ConnectionEvent) -> Void {
        { [self] event in
            events.withLock { $0.append(event) }
            signal.signal()
        }
    }

    /// Everything recorded so far.
    var all: [ConnectionEvent] { events.withLock { $0 } }

    /// Blocks until `predicate` holds for the recorded events; false if nothing new came for 5 s (safety net).
    @discardableResult
    func wait(until predicate: ([ConnectionEvent]) -> Bool) -> Bool {
        while !predicate(all) {
            if signal.wait(timeout: .now() + .seconds(5)) == .timedOut { return predicate(all) }
        }
        return true
    }

    /// Blocks until the server has processed at least `count` bytes in total.
    @discardableResult
    func waitForReceived(atLeast count: Int) -> Bool {
        wait { events in
            events.reduce(0) { total, event in
                if case let .received(_, bytes) = event { return total + bytes }
                return total
            } >= count
        }
    }

    /// Blocks until `count` connections have been opened.
    @discardableResult
    func waitForOpened(_ count: Int) -> Bool {
        wait { $0.filter { if case .opened = $0 { true } else { false } }.count >= count }
    }

    /// Blocks until `count` connections have been closed.
    @discardableResult
    func waitForClosed(_ count: Int) -> Bool {
        wait { $0.filter { if case .closed = $0 { true } else { false } }.count >= count }
    }
}

/// A handler that keeps responders for paths starting with `/defer` so the test answers them later.
final class DeferringHandler: HTTPHandler {
    private let held = Mutex<[(HTTPRequest, HTTPResponder)]>([])
    private let signal = DispatchSemaphore(value: 0)

    func handle(_ request: HTTPRequest, responder: HTTPResponder) {
        if request.path.hasPrefix("/defer") {
            held.withLock { $0.append((request, responder)) }
            signal.signal()
        } else if request.path == "/abort" {
            responder.abort()
        } else {
            responder.send(HTTPResponse(status: 200, contentType: "text/plain", text: "now \(request.path)"))
        }
    }

    /// Blocks until `count` requests are held (5 s safety net), then returns them.
    func waitForHeld(_ count: Int) -> [(HTTPRequest, HTTPResponder)] {
        while held.withLock({ $0.count }) < count {
            if signal.wait(timeout: .now() + .seconds(5)) == .timedOut { break }
        }
        return held.withLock { $0 }
    }
}

/// Echoes the request back in the body: method, target, body and selected headers.
struct EchoHandler: HTTPHandler {
    func handle(_ request: HTTPRequest, responder: HTTPResponder) {
        var text = "\(request.method) \(request.target) body=\(request.bodyText)"
        if !request.trailers.fields.isEmpty {
            text += " trailers=" + request.trailers.map { "\($0.name):\($0.value)" }.joined(separator: ",")
        }
        responder.send(HTTPResponse(status: 200, contentType: "text/plain", text: text))
    }
}

/// Starts a server on 127.0.0.1, port 0, with `configure` applied to the test defaults.
func startServer(
    handler: any HTTPHandler = EchoHandler(),
    recorder: EventRecorder? = nil,
    _ configure: (inout HTTPServerConfiguration) -> Void = { _ in }
) throws -> HTTPServer {
    var configuration = HTTPServerConfiguration()
    configuration.connectionObserver = recorder?.observer
    configure(&configuration)
    let server = HTTPServer(configuration: configuration, handler: handler)
    try server.start()
    return server
}
