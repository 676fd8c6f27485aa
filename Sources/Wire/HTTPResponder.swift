import Synchronization

/// The way back to the client for one request. Sendable: answer from any thread, at any time.
public struct HTTPResponder: Sendable {
    let slot: ResponseSlot
    let connection: ConnectionHandle

    /// Sends `response`. Only the first `send` or ``abort()`` for a request counts; later calls are ignored.
    /// The server adds `Content-Length`, `Date` and `Connection` when absent and drops the body for HEAD.
    public func send(_ response: HTTPResponse) {
        deliver(.response(response))
    }

    /// Resets the connection (RST, via `SO_LINGER` zero) instead of answering, as a provider dropping the
    /// connection would. Responses to earlier pipelined requests are written first.
    public func abort() {
        deliver(.abort)
    }

    private func deliver(_ outcome: ResponseSlot.Outcome) {
        guard slot.fill(outcome) else { return }
        wakeConnection()
    }

    /// Fills the slot with a streamed answer; false when an answer had already been given.
    func deliverStream(_ head: HTTPResponse, _ stream: HTTPResponseStream) -> Bool {
        let (accepted, wake) = slot.fillReporting(.stream(head, stream))
        if wake { wakeConnection() }
        return accepted
    }

    private func wakeConnection() {
        connection.execute { handler, context in
            (handler as? HTTPConnectionHandler)?.responsesReady(context) ?? .continue
        }
    }
}

/// Where a handler's answer waits until the connection writes it, in request order.
final class ResponseSlot: Sendable {
    /// A handler's answer.
    enum Outcome: Sendable, Equatable {
        case response(HTTPResponse)
        case abort
        /// A head whose chunked body follows through the stream.
        case stream(HTTPResponse, HTTPResponseStream)
    }

    private struct State {
        var outcome: Outcome?
        var taken = false
        var dispatching = false
    }

    private let state: Mutex<State>

    /// Creates an empty slot, or one already holding `outcome` (for the server's own error responses).
    init(_ outcome: Outcome? = nil) {
        state = Mutex(State(outcome: outcome))
    }

    /// Marks the handler call in progress: an answer given during it needs no wake-up, since the connection
    /// looks at the slot as soon as the handler returns.
    func beginDispatch() {
        state.withLock { $0.dispatching = true }
    }

    /// Marks the handler call finished.
    func endDispatch() {
        state.withLock { $0.dispatching = false }
    }

    /// Stores the answer. Returns true when the connection must be told (the answer came after the handler
    /// call returned); false when it will be noticed anyway or the slot was already filled.
    func fill(_ outcome: Outcome) -> Bool {
        fillReporting(outcome).wake
    }

    /// Stores the answer; says whether it was taken (the slot was empty) and whether the connection must be told.
    func fillReporting(_ outcome: Outcome) -> (accepted: Bool, wake: Bool) {
        state.withLock { state in
            guard state.outcome == nil, !state.taken else { return (false, false) }
            state.outcome = outcome
            return (true, !state.dispatching)
        }
    }

    /// The connection is gone: later answers are refused, and one waiting is removed and returned.
    func close() -> Outcome? {
        state.withLock { state in
            defer {
                state.outcome = nil
                state.taken = true
            }
            return state.outcome
        }
    }

    /// Removes and returns the answer, if there is one.
    func take() -> Outcome? {
        state.withLock { state in
            guard let outcome = state.outcome else { return nil }
            state.outcome = nil
            state.taken = true
            return outcome
        }
    }
}
