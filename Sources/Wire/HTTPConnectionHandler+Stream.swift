extension HTTPConnectionHandler {
    /// Writes a streamed response's head (already encoded by the caller's rules here) and hands the
    /// connection to the stream: no more requests are read, requests pipelined behind it are dropped,
    /// and no time-out applies. Returns an action when the connection must end now (HEAD, or the
    /// stream finished before its head left).
    func beginStream(_ head: HTTPResponse, _ stream: HTTPResponseStream, isHead: Bool, _ connection: ConnectionContext) -> ConnectionAction? {
        let context = HTTPResponseEncoder.Context(isHead: isHead, closing: true, date: dateCache.current())
        connection.withOutputBuffer { HTTPResponseEncoder.encode(head, context: context, into: &$0) }
        stopParsing()
        for entry in pending[pendingStart...] { _ = entry.slot.close() }
        pending.removeAll()
        pendingStart = 0
        self.stream = stream
        let (waiting, finished) = stream.headWasWritten()
        guard !isHead, !finished else {
            if finished { connection.write(waiting) }
            self.stream = nil
            stream.connectionClosed()
            connection.deadline = connection.now + settings.idleTimeout // Bounds writing the head.
            return .close
        }
        connection.write(waiting)
        return nil
    }

    /// Tells the stream, and any stream still waiting for its turn, that the connection is gone.
    func connectionClosed(_ connection: ConnectionContext) {
        stream?.connectionClosed()
        stream = nil
        for entry in pending[pendingStart...] {
            if case let .stream(_, waiting)? = entry.slot.close() { waiting.connectionClosed() }
        }
    }
}
