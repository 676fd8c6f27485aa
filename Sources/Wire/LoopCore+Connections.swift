#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension LoopCore {
    /// Input discarded while lingering before the connection is simply closed.
    static let lingerByteBudget = 1 << 20

    /// Handles readiness of one connection socket.
    func handle(_ event: ReadyEvent, for connection: ConnectionContext) {
        if connection.isConnecting, !settleConnect(connection, event) { return }
        if event.error {
            closeNow(connection, reset: false)
            return
        }
        if event.readable || event.hangup, connection.registeredInterest.contains(.read) {
            read(from: connection)
        }
        if event.writable, connection.writeBlocked, connection.phase != .closed {
            writableAgain(connection)
        }
        if event.hangup, connection.phase != .closed {
            closeNow(connection, reset: false) // Both directions are down: nothing more can be written.
        }
    }

    private func read(from connection: ConnectionContext) {
        guard let base = readBuffer.baseAddress else { return }
        let count = recv(connection.fd, base, readBuffer.count, 0)
        if count > 0 {
            switch connection.phase {
            case .open:
                let bytes = UnsafeRawBufferPointer(start: base, count: count)
                let action = connection.handler.bytesReceived(bytes, connection: connection)
                complete(connection, action, received: count)
            case .lingering:
                connection.lingerBudget -= count
                if connection.lingerBudget <= 0 { closeNow(connection, reset: false) }
            case .closing, .closed:
                break
            }
        } else if count == 0 {
            connection.inputClosed = true
            switch connection.phase {
            case .open:
                complete(connection, connection.handler.inputClosed(connection))
            case .lingering:
                closeNow(connection, reset: false)
            case .closing:
                updateRegistration(connection)
            case .closed:
                break
            }
        } else {
            let code = currentErrno
            if code == EAGAIN || code == EWOULDBLOCK || code == EINTR { return }
            closeNow(connection, reset: false)
        }
    }

    private func writableAgain(_ connection: ConnectionContext) {
        flush(connection)
        guard connection.phase != .closed, !connection.writeBlocked else { return }
        if connection.phase == .open {
            complete(connection, connection.handler.outputDrained(connection))
        } else {
            complete(connection, .continue)
        }
    }

    /// Applies a handler's action: writes queued output, starts closing if asked, and brings the queue
    /// registration and the deadline heap in line with the connection's state.
    func complete(_ connection: ConnectionContext, _ action: ConnectionAction, received: Int = 0) {
        guard connection.phase != .closed else { return }
        if received > 0 {
            connection.observer?(.received(id: connection.id, byteCount: received))
        }
        switch action {
        case .continue:
            break
        case .close:
            if connection.phase == .open { connection.phase = .closing }
        case .closeWithoutLinger:
            if connection.phase == .open { connection.phase = .closing }
            connection.skipLinger = true
        case .reset:
            guard connection.pendingOutputCount > 0 else {
                closeNow(connection, reset: true)
                return
            }
            connection.phase = .closing
            connection.resetWhenDrained = true
        }
        if !connection.writeBlocked { flush(connection) }
        guard connection.phase != .closed else { return }
        if connection.phase == .closing, connection.pendingOutputCount == 0 {
            finishClose(connection)
            guard connection.phase != .closed else { return }
        }
        updateRegistration(connection)
        scheduleDeadline(connection)
    }

    /// Writes queued output until done or the socket would block (then watches for writability).
    private func flush(_ connection: ConnectionContext) {
        while connection.outboundOffset < connection.outbound.count {
            let offset = connection.outboundOffset
            let written = connection.outbound.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return send(connection.fd, base + offset, raw.count - offset, POSIX.sendFlags)
            }
            if written > 0 {
                connection.outboundOffset += written
                continue
            }
            let code = currentErrno
            if written < 0, code == EINTR { continue }
            if written < 0, code == EAGAIN || code == EWOULDBLOCK {
                connection.writeBlocked = true
                updateRegistration(connection)
                return
            }
            closeNow(connection, reset: false) // EPIPE, ECONNRESET: the peer is gone.
            return
        }
        connection.writeBlocked = false
        if connection.outbound.capacity > 1 << 20 {
            connection.outbound = [] // Do not keep a large one-off buffer for the connection's lifetime.
        } else {
            connection.outbound.removeAll(keepingCapacity: true)
        }
        connection.outboundOffset = 0
    }

    /// All output is written after a close request: send FIN and linger, or close at once when lingering
    /// is pointless (input already closed) or unwanted (shutting down).
    private func finishClose(_ connection: ConnectionContext) {
        if connection.resetWhenDrained {
            closeNow(connection, reset: true)
            return
        }
        if isStopping || connection.inputClosed || connection.skipLinger {
            closeNow(connection, reset: false)
            return
        }
        _ = shutdown(connection.fd, Int32(SHUT_WR))
        connection.phase = .lingering
        connection.lingerDeadline = clock.now + connection.lingerTimeout
        connection.lingerBudget = Self.lingerByteBudget
    }

    /// Closes the socket (with RST when `reset`), forgets the connection and tells its handler.
    func closeNow(_ connection: ConnectionContext, reset: Bool) {
        guard connection.phase != .closed else { return }
        connection.phase = .closed
        registrations[connection.token] = nil
        connectionCount -= 1
        queue.willClose(connection.fd)
        if reset {
            SocketOperations.reset(connection.fd)
        } else {
            POSIX.close(connection.fd)
        }
        connection.outbound = []
        connection.outboundOffset = 0
        connection.handler.connectionClosed(connection)
        connection.observer?(.closed(id: connection.id))
    }

    /// Tells the queue what the connection now wants to hear about, if that changed.
    func updateRegistration(_ connection: ConnectionContext) {
        guard connection.phase != .closed else { return }
        let desired = connection.desiredInterest
        guard desired != connection.registeredInterest else { return }
        do {
            try queue.modify(connection.fd, token: connection.token, interest: desired)
            connection.registeredInterest = desired
        } catch {
            closeNow(connection, reset: true)
        }
    }
}
