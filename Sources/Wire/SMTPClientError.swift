/// Why an ``SMTPClient`` transaction failed. Failures after connecting carry the transcript up to that point.
///
/// A refusal by the server is not an error: it is a reply in the transcript.
public enum SMTPClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL could not be parsed.
    case invalidURL(String)
    /// Only `smtp://` is supported.
    case unsupportedScheme(String)
    /// An address or the EHLO name cannot be sent as given (empty, or containing `<`, `>`, spaces or line breaks).
    case invalidArgument(String)
    /// The host name did not resolve.
    case cannotResolve(host: String, reason: String)
    /// The TCP connection could not be established.
    case connectFailed(host: String, port: UInt16, reason: String)
    /// The transaction took longer than the client's timeout.
    case timedOut(transcript: [SMTPTranscriptEntry])
    /// The server closed or reset the connection while a reply was awaited.
    case connectionClosed(transcript: [SMTPTranscriptEntry])
    /// The server's reply does not follow RFC 5321.
    case malformedReply(String, transcript: [SMTPTranscriptEntry])
    /// A system call failed unexpectedly.
    case systemCallFailed(call: String, errno: Int32, reason: String)

    /// A one-line explanation, ending with the last reply received when there was one.
    public var description: String {
        switch self {
        case let .invalidURL(url): "invalid URL: \(url) (expected smtp://host:port)"
        case let .unsupportedScheme(scheme): "unsupported URL scheme \(scheme) (only smtp)"
        case let .invalidArgument(reason): "cannot send: \(reason)"
        case let .cannotResolve(host, reason): "cannot resolve \(host): \(reason)"
        case let .connectFailed(host, port, reason): "cannot connect to \(host):\(port): \(reason)"
        case let .timedOut(transcript): "timed out" + Self.after(transcript)
        case let .connectionClosed(transcript): "connection closed while waiting for a reply" + Self.after(transcript)
        case let .malformedReply(reason, transcript): "malformed reply: \(reason)" + Self.after(transcript)
        case let .systemCallFailed(call, errno, reason): "\(call) failed: \(reason) (errno \(errno))"
        }
    }

    /// The transcript so far, for the failures that happen after connecting.
    public var transcript: [SMTPTranscriptEntry] {
        switch self {
        case let .timedOut(transcript), let .connectionClosed(transcript), let .malformedReply(_, transcript): transcript
        default: []
        }
    }

    private static func after(_ transcript: [SMTPTranscriptEntry]) -> String {
        guard let last = transcript.last else { return " before the greeting" }
        return " after \(last)"
    }

    /// The error for a socket failure reported in ``HTTPClientError`` terms by the shared ``ClientSocket``.
    init(_ error: HTTPClientError, transcript: [SMTPTranscriptEntry]) {
        switch error {
        case let .cannotResolve(host, reason): self = .cannotResolve(host: host, reason: reason)
        case let .connectFailed(host, port, reason): self = .connectFailed(host: host, port: port, reason: reason)
        case .timedOut: self = .timedOut(transcript: transcript)
        case .connectionClosed: self = .connectionClosed(transcript: transcript)
        case let .systemCallFailed(call, errno, reason): self = .systemCallFailed(call: call, errno: errno, reason: reason)
        case .invalidURL, .unsupportedScheme, .invalidRequest, .malformedResponse, .responseTooLarge:
            self = .malformedReply(error.description, transcript: transcript) // Not raised by ClientSocket.
        }
    }
}
