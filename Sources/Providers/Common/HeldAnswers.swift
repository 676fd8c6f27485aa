import Dispatch
import Synchronization

/// Counts the answers latency and slow-body faults have held for the server's clock, so a test on a
/// manual clock can wait until its request has arrived (and its answer is timed) before advancing.
///
/// The count only grows: it is the number held since the fake started, `POST /__fake/reset` included.
public final class HeldAnswers: Sendable {
    private struct State {
        var count = 0
        var nextToken: UInt64 = 0
        var waiters: [UInt64: (count: Int, done: @Sendable (Bool) -> Void)] = [:]
    }

    private let state = Mutex(State())

    /// Creates a count at zero.
    public init() {}

    /// How many answers have been held so far.
    public var count: Int { state.withLock { $0.count } }

    /// Notes one more held answer (called once its time is fixed) and releases the waits it satisfies.
    func note() {
        let released = state.withLock { state -> [@Sendable (Bool) -> Void] in
            state.count += 1
            let due = state.waiters.filter { $0.value.count <= state.count }
            for token in due.keys { state.waiters[token] = nil }
            return due.values.map(\.done)
        }
        for done in released { done(true) }
    }

    /// Waits until at least `count` answers have been held; false when `timeout` of real time passes first.
    public func wait(forCount count: Int, timeout: Duration) async -> Bool {
        await withCheckedContinuation { continuation in
            whenHeld(count, timeout: timeout) { continuation.resume(returning: $0) }
        }
    }

    /// Blocks the calling thread until at least `count` answers have been held; false when `timeout` of
    /// real time passes first. For a thread outside Swift concurrency (a synchronous test): it needs no task
    /// to resume, so a cooperative pool busy with other work cannot delay it.
    public func waitBlocking(forCount count: Int, timeout: Duration) -> Bool {
        let outcome = Mutex(false), finished = DispatchSemaphore(value: 0)
        whenHeld(count, timeout: timeout) { reached in
            outcome.withLock { $0 = reached }
            finished.signal()
        }
        finished.wait()
        return outcome.withLock { $0 }
    }

    /// Calls `done` once: with true as soon as `count` answers have been held, with false after `timeout`.
    private func whenHeld(_ count: Int, timeout: Duration, _ done: @escaping @Sendable (Bool) -> Void) {
        let token = state.withLock { state -> UInt64? in
            guard state.count < count else { return nil }
            state.nextToken += 1
            state.waiters[state.nextToken] = (count, done)
            return state.nextToken
        }
        guard let token else {
            done(true)
            return
        }
        let (seconds, attoseconds) = max(timeout, .zero).components
        let milliseconds = Int(clamping: seconds) &* 1000 &+ Int(attoseconds / 1_000_000_000_000_000)
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(milliseconds)) { [self] in
            let expired = state.withLock { $0.waiters.removeValue(forKey: token) }
            expired?.done(false)
        }
    }
}
