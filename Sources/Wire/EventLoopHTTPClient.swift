import Synchronization

/// An HTTP/1.1 client for plain `http://` that runs on an ``HTTPServer``'s event loop instead of blocking a
/// thread: a handler forwarding a request (a proxy) calls ``send(_:answering:completion:)`` from
/// ``HTTPHandler/handle(_:responder:)`` and the upstream exchange happens on the loop serving that
/// connection, with no thread hand-off.
///
/// Connections are non-blocking (`connect` in progress, then writable), kept alive in a pool per loop and
/// reused most recently used first. What is sent is what ``HTTPClient`` sends: exactly the headers given
/// plus `Host` and `Content-Length` when absent. The timeout covers the whole exchange on the loop's clock
/// (a ``ManualClock`` drives it in tests). A reused connection found closed before any response byte is
/// replaced once, for idempotent methods only. Every failure — refused, reset, timed out, malformed, too
/// large — is delivered to the completion as an ``HTTPClientError``.
public final class EventLoopHTTPClient: Sendable {
    /// Where requests go; request targets are prefixed with its base path.
    public let endpoint: HTTPEndpoint
    /// The longest a whole exchange (connect, send, receive) may take.
    public let timeout: Duration
    /// The largest response body accepted.
    public let maxResponseBytes: Int
    /// How many idle kept-alive connections each loop keeps.
    public let maxIdleConnectionsPerLoop: Int
    /// How long an idle connection is kept before it is closed.
    public let idleTimeout: Duration
    /// Tells this client's pools apart in each loop.
    let id: UInt64
    private static let identifiers = Atomic<UInt64>(0)

    /// Creates a client for `endpoint`; nothing is opened until the first request.
    public init(endpoint: HTTPEndpoint, timeout: Duration = .seconds(30), maxResponseBytes: Int = 64 << 20,
                maxIdleConnectionsPerLoop: Int = 64, idleTimeout: Duration = .seconds(30)) {
        self.endpoint = endpoint
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
        self.maxIdleConnectionsPerLoop = max(0, maxIdleConnectionsPerLoop)
        self.idleTimeout = idleTimeout
        id = Self.identifiers.wrappingAdd(1, ordering: .relaxed).newValue
    }

    /// Sends `request` on the event loop serving `responder`'s connection; `completion` runs on that loop's
    /// thread with the final response (interim `1xx` skipped, the body de-chunked) or why there is none. It
    /// must not block. When the loop has stopped, `completion` runs at once on the calling thread.
    public func send(_ request: HTTPRequest, answering responder: HTTPResponder,
                     completion: @escaping @Sendable (Result<HTTPResponse, HTTPClientError>) -> Void) {
        send(request, on: responder.connection, completion: completion)
    }

    /// Sends `request` on the event loop of `connection` (see ``send(_:answering:completion:)``).
    public func send(_ request: HTTPRequest, on connection: ConnectionHandle,
                     completion: @escaping @Sendable (Result<HTTPResponse, HTTPClientError>) -> Void) {
        let bytes: [UInt8]
        do {
            bytes = try HTTPRequestEncoder.encode(request, endpoint: endpoint)
        } catch {
            completion(.failure(error))
            return
        }
        let isHead = request.method == "HEAD"
        let idempotent = HTTPClient.isIdempotent(request.method)
        let started = connection.loop.executeHere { [self] core in
            let exchange = OutboundHTTPConnection.Exchange(
                bytes: bytes, isHead: isHead, idempotent: idempotent, deadline: core.clock.now + timeout,
                retried: false, completion: completion
            )
            pool(on: core).start(exchange)
        }
        if !started { completion(.failure(.connectionClosed)) }
    }

    /// This client's pool on `core`'s loop, created on first use.
    func pool(on core: LoopCore) -> OutboundHTTPPool {
        if let pool = core.outboundPools[id] { return pool }
        let pool = OutboundHTTPPool(client: self, core: core)
        core.outboundPools[id] = pool
        return pool
    }
}
