/// Answers HTTP requests for an ``HTTPServer``.
///
/// `handle` is called on an event loop thread, so it must not block: answer at once with
/// ``HTTPResponder/send(_:)``, or keep the responder and answer later from any thread (e.g. after injected
/// latency). Every request must eventually get exactly one `send` or `abort`; until it does, later responses
/// on the same connection wait, because responses leave in request order.
public protocol HTTPHandler: Sendable {
    /// Handles one request; answer through `responder`, now or later.
    func handle(_ request: HTTPRequest, responder: HTTPResponder)
}

/// An ``HTTPHandler`` that answers synchronously with a closure.
public struct ClosureHTTPHandler: HTTPHandler {
    private let respond: @Sendable (HTTPRequest) -> HTTPResponse

    /// Creates a handler answering every request with `respond(request)`.
    public init(_ respond: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.respond = respond
    }

    /// Sends `respond(request)` at once.
    public func handle(_ request: HTTPRequest, responder: HTTPResponder) {
        responder.send(respond(request))
    }
}
