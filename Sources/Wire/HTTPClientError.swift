/// Why an ``HTTPClient`` exchange failed.
public enum HTTPClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL could not be parsed.
    case invalidURL(String)
    /// Only `http://` is supported here (HTTPS goes through URLSession elsewhere).
    case unsupportedScheme(String)
    /// The request cannot be sent as given (e.g. a line break in a header value).
    case invalidRequest(String)
    /// The host name did not resolve.
    case cannotResolve(host: String, reason: String)
    /// The TCP connection could not be established.
    case connectFailed(host: String, port: UInt16, reason: String)
    /// The exchange took longer than the client's timeout.
    case timedOut
    /// The server closed or reset the connection before a complete response.
    case connectionClosed
    /// The response does not follow HTTP/1.1.
    case malformedResponse(String)
    /// The response is larger than the client accepts.
    case responseTooLarge(limit: Int)
    /// A system call failed unexpectedly.
    case systemCallFailed(call: String, errno: Int32, reason: String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case let .invalidURL(url): "invalid URL: \(url)"
        case let .unsupportedScheme(scheme): "unsupported URL scheme \(scheme) (only http)"
        case let .invalidRequest(reason): "invalid request: \(reason)"
        case let .cannotResolve(host, reason): "cannot resolve \(host): \(reason)"
        case let .connectFailed(host, port, reason): "cannot connect to \(host):\(port): \(reason)"
        case .timedOut: "timed out"
        case .connectionClosed: "connection closed before a complete response"
        case let .malformedResponse(reason): "malformed response: \(reason)"
        case let .responseTooLarge(limit): "response larger than \(limit) bytes"
        case let .systemCallFailed(call, errno, reason): "\(call) failed: \(reason) (errno \(errno))"
        }
    }

    static func system(_ call: String, _ code: Int32 = currentErrno) -> HTTPClientError {
        .systemCallFailed(call: call, errno: code, reason: errnoDescription(code))
    }
}
