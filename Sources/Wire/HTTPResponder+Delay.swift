extension HTTPResponder {
    /// Sends `response` once the server's clock reaches `instant` — a late answer, timed on the event loop, so a
    /// server on a ``ManualClock`` answers when the test advances the clock past it and one on the system clock
    /// answers in real time. Take the instant from the clock the server was configured with, e.g.
    /// `configuration.clock.now + .seconds(2)` read when the request arrived. Like ``send(_:)``, only the first
    /// answer counts; nothing is sent if the connection is gone by then.
    public func send(_ response: HTTPResponse, at instant: MonotonicInstant) {
        connection.execute(at: instant) { [slot] handler, context in
            _ = slot.fill(.response(response))
            return (handler as? HTTPConnectionHandler)?.responsesReady(context) ?? .continue
        }
    }
}
