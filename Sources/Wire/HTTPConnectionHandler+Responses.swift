extension HTTPConnectionHandler {
    /// Writes every answer that is ready, in request order; sends an owed `100 Continue`; resumes parsing
    /// held-back pipelined requests; and decides whether the connection stays open.
    func afterProgress(_ connection: ConnectionContext) -> ConnectionAction {
        while true {
            if let action = writeReadyResponses(connection) { return action }
            guard pipelinePaused, pendingCount < settings.maxPipelinedRequests, !parsingStopped else { break }
            pipelinePaused = false
            connection.isReadingPaused = false
            processInbound(connection)
        }
        if pendingCount == 0 {
            if continueDue, parser.isInBody {
                connection.write(HTTPResponseEncoder.continueResponse)
                continueDue = false
            }
            if closeWhenIdle, !requestInProgress { return .close }
        }
        updateDeadline(connection)
        return .continue
    }

    /// Writes ready answers from the head of the queue. Returns an action when the connection must end.
    private func writeReadyResponses(_ connection: ConnectionContext) -> ConnectionAction? {
        while pendingStart < pending.count {
            let entry = pending[pendingStart]
            guard let outcome = entry.slot.take() else { break }
            pendingStart += 1
            if pendingStart == pending.count {
                pending.removeAll(keepingCapacity: true)
                pendingStart = 0
                if requestStartedAt != nil { requestStartedAt = connection.now } // Its clock starts now.
            }
            switch outcome {
            case let .stream(head, stream):
                if let action = beginStream(head, stream, isHead: entry.isHead, connection) { return action }
            case .abort:
                stopParsing()
                connection.deadline = connection.now + settings.idleTimeout // Bounds writing what is queued.
                return .reset
            case let .response(response):
                let handlerCloses = HTTPHeadSyntax.connectionHas("close", in: response.headers)
                let closing = !entry.keepAlive || handlerCloses || (closeWhenIdle && pendingCount == 0 && !requestInProgress)
                let context = HTTPResponseEncoder.Context(
                    isHead: entry.isHead, closing: closing, date: dateCache.current()
                )
                connection.withOutputBuffer { HTTPResponseEncoder.encode(response, context: context, into: &$0) }
                if closing {
                    stopParsing()
                    connection.deadline = connection.now + settings.idleTimeout // Bounds writing the last response.
                    return .close
                }
            }
        }
        return nil
    }

    /// Sets the connection's deadline for its state: none while answers are owed, the request time-out while
    /// a request is under way, the idle time-out otherwise.
    func updateDeadline(_ connection: ConnectionContext) {
        if stream != nil {
            connection.deadline = nil // A stream lasts as long as its client listens.
        } else if pendingCount > 0 {
            idleSince = nil
            connection.deadline = nil
        } else if requestInProgress {
            idleSince = nil
            connection.deadline = (requestStartedAt ?? connection.now) + settings.requestTimeout
        } else {
            let since = idleSince ?? connection.now
            idleSince = since
            connection.deadline = since + settings.idleTimeout
        }
    }
}
