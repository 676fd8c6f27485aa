import Dispatch
import Synchronization
@testable import Wire

/// Runs a blocking call on another thread so the test can act (advance a clock) while it waits.
final class AsyncAnswer<Value: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let result = Mutex<Result<Value, any Error>?>(nil)

    init(_ body: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async { [self] in
            let outcome = Result { try body() }
            result.withLock { $0 = outcome }
            done.signal()
        }
    }

    /// Blocks until the call returns (10 s safety net), then returns or throws what it did.
    func wait() throws -> Value {
        _ = done.wait(timeout: .now() + .seconds(10))
        guard let outcome = result.withLock({ $0 }) else { throw HTTPClientError.timedOut }
        return try outcome.get()
    }
}
