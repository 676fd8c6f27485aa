import Synchronization

/// A small blocking HTTP/1.1 client for plain `http://`, used to talk to fakes over real sockets.
///
/// It sends exactly the headers given plus `Host` and `Content-Length` when absent (nothing else), so what is
/// recorded is what was sent. Kept-alive connections are reused; a reused connection found closed before any
/// response byte arrives is replaced once — for idempotent methods only, since a POST the server may have
/// processed must never be sent twice (a reset is the caller's to see). Safe to share between threads: each exchange has a connection of
/// its own, taken from (and returned to) a small pool.
public final class HTTPClient: Sendable {
    /// Where requests go; request targets are prefixed with its base path.
    public let endpoint: HTTPEndpoint
    /// The longest a whole exchange (connect, send, receive) may take.
    public let timeout: Duration
    /// The largest response body accepted.
    public let maxResponseBytes: Int
    private let maxIdleConnections: Int
    private let idle = Mutex<[ClientSocket]>([])

    /// Creates a client for `endpoint`. No connection is opened until the first request.
    public init(endpoint: HTTPEndpoint, timeout: Duration = .seconds(30), maxResponseBytes: Int = 64 << 20, maxIdleConnections: Int = 4) {
        self.endpoint = endpoint
        self.timeout = timeout
        self.maxResponseBytes = maxResponseBytes
        self.maxIdleConnections = max(0, maxIdleConnections)
    }

    /// Creates a client for `host:port`.
    public convenience init(host: String, port: UInt16, timeout: Duration = .seconds(30)) {
        self.init(endpoint: HTTPEndpoint(host: host, port: port), timeout: timeout)
    }

    /// Creates a client for a URL such as `http://127.0.0.1:8080/base`.
    public convenience init(url: String, timeout: Duration = .seconds(30)) throws(HTTPClientError) {
        self.init(endpoint: try HTTPEndpoint(url: url), timeout: timeout)
    }

    deinit {
        closeIdleConnections()
    }

    /// Sends `request` and returns the final response (interim `1xx` responses are skipped). The body is
    /// de-chunked; HEAD, `1xx`, 204 and 304 responses have none. Throws ``HTTPClientError``.
    public func send(_ request: HTTPRequest) throws(HTTPClientError) -> HTTPResponse {
        let bytes = try HTTPRequestEncoder.encode(request, endpoint: endpoint)
        let deadline = SystemClock().now + timeout
        var retried = false
        while true {
            let (socket, reused) = try takeConnection(until: deadline)
            var reader = HTTPResponseReader(socket: socket, deadline: deadline, maxBodyBytes: maxResponseBytes)
            do throws(HTTPClientError) {
                try socket.writeAll(bytes, until: deadline)
                let outcome = try reader.read(isHead: request.method == "HEAD")
                if outcome.reusable { giveBack(socket) } else { socket.close() }
                return outcome.response
            } catch {
                socket.close()
                // A kept-alive connection the server closed just before we used it: try a fresh one, once —
                // unless resending could repeat a side effect (RFC 9110 §9.2.2).
                if reused, !retried, !reader.receivedAnything, error == .connectionClosed, Self.isIdempotent(request.method) {
                    retried = true
                    continue
                }
                throw error
            }
        }
    }

    /// Whether a method may be sent again without repeating a side effect (RFC 9110 §9.2.2).
    static func isIdempotent(_ method: String) -> Bool {
        ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"].contains(method)
    }

    /// Closes kept-alive connections not in use.
    public func closeIdleConnections() {
        let sockets = idle.withLock { idle -> [ClientSocket] in
            defer { idle.removeAll() }
            return idle
        }
        for socket in sockets { socket.close() }
    }

    private func takeConnection(until deadline: MonotonicInstant) throws(HTTPClientError) -> (ClientSocket, Bool) {
        while let socket = idle.withLock({ $0.popLast() }) {
            if socket.looksReusable { return (socket, true) }
            socket.close()
        }
        return (try ClientSocket.connect(host: endpoint.host, port: endpoint.port, deadline: deadline), false)
    }

    private func giveBack(_ socket: ClientSocket) {
        let kept = idle.withLock { idle -> Bool in
            guard idle.count < maxIdleConnections else { return false }
            idle.append(socket)
            return true
        }
        if !kept { socket.close() }
    }
}
