#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Small wrappers over socket system calls shared by the servers and the client.
enum SocketOperations {
    /// Opens a non-blocking listening socket bound to `host:port` (`SO_REUSEADDR`, close-on-exec).
    static func listen(host: String, port: UInt16, backlog: Int32) throws(ServerError) -> (fd: Int32, port: UInt16) {
        let address: SocketAddress
        switch SocketAddress.resolve(host: host, port: port, passive: true) {
        case let .success(resolved): address = resolved
        case let .failure(failure): throw .addressUnavailable(host: host, port: port, reason: failure.reason)
        }
        let fd = POSIX.openStreamSocket(family: address.family)
        guard fd >= 0 else { throw .system("socket") }
        var success = false
        defer { if !success { POSIX.close(fd) } }
        setOption(fd, SOL_SOCKET, SO_REUSEADDR, 1)
        let bound = address.withSockAddr { bind(fd, $0, $1) }
        if bound != 0 {
            let code = currentErrno
            switch code {
            case EADDRINUSE: throw .addressInUse(host: host, port: port)
            case EACCES, EPERM: throw .permissionDenied(host: host, port: port)
            case EADDRNOTAVAIL: throw .addressUnavailable(host: host, port: port, reason: errnoDescription(code))
            default: throw .system("bind", code)
            }
        }
        guard POSIX.listen(fd, backlog) == 0 else {
            let code = currentErrno
            if code == EADDRINUSE { throw .addressInUse(host: host, port: port) }
            throw .system("listen", code)
        }
        let (result, local) = SocketAddress.filled { getsockname(fd, $0, $1) }
        guard result == 0 else { throw .system("getsockname") }
        success = true
        return (fd, local.port)
    }

    /// Sets an integer socket option, ignoring failure (the options used are advisory).
    static func setOption(_ fd: Int32, _ level: Int32, _ name: Int32, _ value: Int32) {
        var value = value
        _ = setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Disables Nagle's algorithm so small responses leave at once.
    static func setNoDelay(_ fd: Int32) {
        setOption(fd, Int32(IPPROTO_TCP), TCP_NODELAY, 1)
    }

    /// Closes `fd` so the peer sees a reset (RST) instead of an orderly FIN: `SO_LINGER` on with zero time.
    static func reset(_ fd: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        POSIX.close(fd)
    }

    /// Whether an idle kept-alive client connection still looks usable: nothing to read, not even an EOF.
    static func looksReusable(_ fd: Int32) -> Bool {
        var byte: UInt8 = 0
        let count = recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        if count < 0 { return currentErrno == EAGAIN || currentErrno == EWOULDBLOCK }
        return false // EOF, or unexpected bytes with no request outstanding.
    }

    /// The peer's host, e.g. `127.0.0.1`.
    static func peerHost(_ fd: Int32) -> String? {
        let (result, address) = SocketAddress.filled { getpeername(fd, $0, $1) }
        return result == 0 ? address.host : nil
    }
}
