#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A non-blocking client TCP socket whose operations wait with `poll` up to a deadline (real time).
struct ClientSocket: Sendable {
    let fd: Int32

    /// Connects to `host:port`, giving up at `deadline`.
    static func connect(host: String, port: UInt16, deadline: MonotonicInstant) throws(HTTPClientError) -> ClientSocket {
        let address: SocketAddress
        switch SocketAddress.resolve(host: host, port: port, passive: false) {
        case let .success(resolved): address = resolved
        case let .failure(failure): throw .cannotResolve(host: host, reason: failure.reason)
        }
        let fd = POSIX.openStreamSocket(family: address.family)
        guard fd >= 0 else { throw .system("socket") }
        let socket = ClientSocket(fd: fd)
        let result = address.withSockAddr { POSIX.connect(fd, $0, $1) }
        if result != 0 {
            let code = currentErrno
            guard code == EINPROGRESS || code == EINTR else {
                socket.close()
                throw .connectFailed(host: host, port: port, reason: errnoDescription(code))
            }
            do throws(HTTPClientError) {
                try socket.wait(for: Int16(POLLOUT), until: deadline)
            } catch {
                socket.close()
                throw error
            }
            var failure: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &failure, &length)
            guard failure == 0 else {
                socket.close()
                throw .connectFailed(host: host, port: port, reason: errnoDescription(failure))
            }
        }
        SocketOperations.setNoDelay(fd)
        return socket
    }

    /// Sends all of `bytes`.
    func writeAll(_ bytes: [UInt8], until deadline: MonotonicInstant) throws(HTTPClientError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return send(fd, base + offset, raw.count - offset, POSIX.sendFlags)
            }
            if written > 0 {
                offset += written
                continue
            }
            let code = currentErrno
            switch code {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: try wait(for: Int16(POLLOUT), until: deadline)
            case EPIPE, ECONNRESET, ENOTCONN: throw .connectionClosed
            default: throw .system("send", code)
            }
        }
    }

    /// Reads what is available into `buffer` (appending), waiting for at least one byte; returns 0 at EOF.
    func read(into buffer: inout [UInt8], until deadline: MonotonicInstant) throws(HTTPClientError) -> Int {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count >= 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return count
            }
            let code = currentErrno
            switch code {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: try wait(for: Int16(POLLIN), until: deadline)
            case ECONNRESET, ENOTCONN, EPIPE: throw .connectionClosed
            default: throw .system("recv", code)
            }
        }
    }

    /// Whether an idle kept-alive connection still looks usable (the server has not closed it).
    var looksReusable: Bool { SocketOperations.looksReusable(fd) }

    func close() {
        POSIX.close(fd)
    }

    private func wait(for events: Int16, until deadline: MonotonicInstant) throws(HTTPClientError) {
        while true {
            let remaining = deadline - SystemClock().now
            guard remaining > .zero else { throw .timedOut }
            var descriptor = pollfd(fd: fd, events: events, revents: 0)
            let result = poll(&descriptor, 1, remaining.pollMilliseconds)
            if result > 0 { return }
            if result == 0 { throw .timedOut }
            if currentErrno != EINTR { throw .system("poll") }
        }
    }
}
