/// SMTP on one connection: greets, frames incoming bytes into lines, lets the ``SMTPSession`` answer them in
/// order (so pipelined commands are answered in order, in as few writes as possible), and handles the idle
/// time-out and shutdown with `421`.
final class SMTPConnectionHandler: ConnectionProtocolHandler {
    private var session: SMTPSession
    private var framer = SMTPLineFramer()
    private let idleTimeout: Duration
    /// A last reply went out (`221`, `421`): nothing more is read or answered.
    private var isEnding = false

    init(session: SMTPSession, idleTimeout: Duration) {
        self.session = session
        self.idleTimeout = idleTimeout
    }

    func connectionOpened(_ connection: ConnectionContext) -> ConnectionAction {
        session.remoteAddress = connection.peerAddress
        connection.write(session.greeting.encoded)
        connection.deadline = connection.now + idleTimeout
        return .continue
    }

    func bytesReceived(_ bytes: UnsafeRawBufferPointer, connection: ConnectionContext) -> ConnectionAction {
        guard !isEnding else { return .continue } // After QUIT: the connection is closing; input is discarded.
        var offset = 0, sawLine = false
        while !isEnding, let event = framer.next(bytes, offset: &offset, limit: session.lineLimit) {
            sawLine = true
            if let reply = session.receive(event) {
                connection.write(reply.encoded)
            }
            if session.phase == .finished { isEnding = true }
        }
        if isEnding {
            framer.reset()
            return .close
        }
        // Only a whole line is progress (RFC 5321 §4.5.3.2 times out per command): a client trickling one
        // byte at a time cannot hold the connection open.
        if sawLine { connection.deadline = connection.now + idleTimeout }
        return .continue
    }

    func inputClosed(_ connection: ConnectionContext) -> ConnectionAction {
        // A client that leaves mid-DATA abandons its message: the handler never sees it.
        isEnding = true
        return .close
    }

    func deadlineReached(_ connection: ConnectionContext) -> ConnectionAction {
        end(with: SMTPReply(code: 421, enhancedStatus: "4.4.2", text: "\(session.settings.hostname) Idle timeout, closing connection"), connection)
    }

    func shutdownRequested(_ connection: ConnectionContext) -> ConnectionAction {
        end(with: SMTPReply(code: 421, enhancedStatus: "4.3.2", text: "\(session.settings.hostname) Service shutting down, closing connection"), connection)
    }

    private func end(with reply: SMTPReply, _ connection: ConnectionContext) -> ConnectionAction {
        if !isEnding {
            isEnding = true
            connection.write(reply.encoded)
        }
        connection.deadline = connection.now + idleTimeout // Bounds writing the last reply to a client that does not read.
        return .close
    }
}
