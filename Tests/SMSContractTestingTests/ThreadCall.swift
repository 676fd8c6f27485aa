import Foundation
import SMSContractTesting
import Synchronization

/// A blocking call (a synchronous client waiting for an answer the clock holds) started at once on a
/// thread of its own; the test awaits its outcome later. Started without a task, so a cooperative pool
/// held by other tests' blocking work cannot delay the send past the fake's timed waits — blocked pool
/// threads are how such a test stalls, or hangs when nothing else can run.
final class ThreadCall<Value: Sendable>: Sendable {
    private struct State {
        var outcome: Result<Value, any Error>?
        var waiting: CheckedContinuation<Value, any Error>?
    }

    private let state = Mutex(State())

    init(_ body: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            let outcome = Result { try body() }
            let waiting = state.withLock { state -> CheckedContinuation<Value, any Error>? in
                state.outcome = outcome
                defer { state.waiting = nil }
                return state.waiting
            }
            waiting?.resume(with: outcome)
        }
    }

    /// The call's result, once it has returned.
    var value: Value {
        get async throws {
            try await withCheckedThrowingContinuation { continuation in
                let outcome = state.withLock { state -> Result<Value, any Error>? in
                    if state.outcome == nil { state.waiting = continuation }
                    return state.outcome
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        }
    }
}

extension RunningFake {
    /// Sends `text` with the LOX24 client on a thread of its own, with a generous time-out (bounded, but
    /// longer than a busy suite can keep the test from advancing the clock).
    func sendOnItsOwnThread(_ text: String) throws -> ThreadCall<(status: Int, body: JSONValue)> {
        let transport = try HTTPTransports.forBaseURL(url, timeout: 120)
        return ThreadCall { try LOX24Client(target: transport.send).send(text, to: "+491701234567") }
    }
}
