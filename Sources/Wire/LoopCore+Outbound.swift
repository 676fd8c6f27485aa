#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension LoopCore {
    /// Opens a non-blocking TCP connection to `address` and serves it on this loop like an accepted one: the
    /// same reads, writes, deadlines and shutdown, with `handler` told ``ConnectionProtocolHandler/connectionOpened(_:)``
    /// at once. Output queued before the connection is established waits for it (`EINPROGRESS`, then writable);
    /// a failed connect closes the connection with ``ConnectionContext/connectError`` set.
    func connectOutbound(
        to address: SocketAddress, peer: String, handler: any ConnectionProtocolHandler
    ) -> Result<ConnectionContext, HTTPClientError> {
        let fd = POSIX.openStreamSocket(family: address.family)
        guard fd >= 0 else { return .failure(.system("socket")) }
        var result = address.withSockAddr { POSIX.connect(fd, $0, $1) }
        while result != 0, currentErrno == EINTR {
            result = address.withSockAddr { POSIX.connect(fd, $0, $1) } // Linux resumes with EALREADY/EINPROGRESS.
        }
        let code = currentErrno
        guard result == 0 || code == EINPROGRESS || code == EALREADY else {
            POSIX.close(fd)
            return .failure(.connectFailed(host: peer, port: address.port, reason: errnoDescription(code)))
        }
        SocketOperations.setNoDelay(fd)
        let token = Self.makeToken()
        let connection = ConnectionContext(
            fd: fd, token: token, peerAddress: peer, loop: loop, clock: clock,
            observer: nil, lingerTimeout: .zero, handler: handler
        )
        if result != 0 {
            connection.isConnecting = true
            connection.writeBlocked = true // Nothing is sent before the connection is established.
        }
        let interest = connection.desiredInterest
        do {
            try queue.add(fd, token: token, interest: interest)
        } catch {
            POSIX.close(fd)
            return .failure(.system("register", EBADF))
        }
        connection.registeredInterest = interest
        registrations[token] = .connection(connection)
        connectionCount += 1
        complete(connection, handler.connectionOpened(connection))
        return .success(connection)
    }

    /// Readiness of an outbound connection still connecting: true once it is established (the event is then
    /// handled as usual, so queued output leaves); false to wait, or after closing it because the connect failed.
    func settleConnect(_ connection: ConnectionContext, _ event: ReadyEvent) -> Bool {
        guard event.writable || event.error || event.hangup else { return false }
        var failure: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        if getsockopt(connection.fd, SOL_SOCKET, SO_ERROR, &failure, &length) != 0 { failure = currentErrno }
        if failure == 0, event.error || event.hangup { failure = ECONNREFUSED }
        guard failure == 0 else {
            connection.connectError = failure
            closeNow(connection, reset: false)
            return false
        }
        connection.isConnecting = false
        return true
    }
}
