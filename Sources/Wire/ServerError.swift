/// Why a server could not start.
public enum ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another socket is already bound to the address.
    case addressInUse(host: String, port: UInt16)
    /// The host is not a local address this machine can bind, or could not be resolved.
    case addressUnavailable(host: String, port: UInt16, reason: String)
    /// Binding needs privileges the process lacks (e.g. a port below 1024).
    case permissionDenied(host: String, port: UInt16)
    /// ``HTTPServer/start()`` or ``TCPServer/start()`` was called twice.
    case alreadyStarted
    /// The server was shut down; servers are not restartable.
    case alreadyShutDown
    /// The platform lacks epoll or eventfd.
    case unsupportedPlatform
    /// A system call failed.
    case systemCallFailed(call: String, errno: Int32, reason: String)

    /// A one-line explanation for logs and test failures.
    public var description: String {
        switch self {
        case let .addressInUse(host, port):
            "cannot listen on \(host):\(port): address already in use"
        case let .addressUnavailable(host, port, reason):
            "cannot listen on \(host):\(port): \(reason)"
        case let .permissionDenied(host, port):
            "cannot listen on \(host):\(port): permission denied"
        case .alreadyStarted:
            "the server was already started"
        case .alreadyShutDown:
            "the server was shut down and cannot be started again"
        case .unsupportedPlatform:
            "epoll and eventfd are not available on this platform"
        case let .systemCallFailed(call, errno, reason):
            "\(call) failed: \(reason) (errno \(errno))"
        }
    }

    /// An error for a failed system call, reading `errno`.
    static func system(_ call: String, _ code: Int32 = currentErrno) -> ServerError {
        .systemCallFailed(call: call, errno: code, reason: errnoDescription(code))
    }
}
