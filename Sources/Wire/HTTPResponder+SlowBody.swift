extension HTTPResponder {
    /// Sends `response` with its full `Content-Length` but only the first of `parts` pieces of its
    /// body, then each further piece `interval` after the one before, counted on the server's clock
    /// from `start` — a slow body, for testing clients' read timeouts. The pieces are timed on the event
    /// loop, so on a ``ManualClock`` each arrives as the test advances the clock past it (in order, however
    /// far it is advanced at once). Meant for a client that does not pipeline: a later pipelined answer
    /// could be written between the pieces.
    public func sendSlowly(_ response: HTTPResponse, parts: Int, interval: Duration, from start: MonotonicInstant) {
        let body = response.body
        let count = max(1, min(parts, max(1, body.count)))
        let size = max(1, (body.count + count - 1) / count)
        let pieces = stride(from: 0, to: body.count, by: size).map { Array(body[$0..<min($0 + size, body.count)]) }
        var head = response
        head.headers["Content-Length"] = String(body.count)
        head.body = pieces.first ?? []
        send(head)
        guard pieces.count > 1 else { return }
        let id = connection.id, step = max(interval, .zero)
        connection.loop.execute { core in
            Self.schedulePiece(1, of: pieces, connection: id, from: start, every: step, on: core)
        }
    }

    /// Writes piece `index` when it is due, then schedules the next: one timer at a time, so pieces due at
    /// the same instant still go out in order.
    private static func schedulePiece(_ index: Int, of pieces: [[UInt8]], connection id: UInt64, from start: MonotonicInstant,
                                      every step: Duration, on core: LoopCore) {
        core.schedule(at: start + step * index) { core in
            var open = false
            core.withConnection(id) { _, context in
                context.write(pieces[index])
                open = true
                return .continue
            }
            guard open, index + 1 < pieces.count else { return }
            schedulePiece(index + 1, of: pieces, connection: id, from: start, every: step, on: core)
        }
    }
}
