import Foundation

/// Runs a blocking call (a synchronous client waiting for an answer the clock holds) on a thread of its own
/// and awaits it, so neither the cooperative pool nor Dispatch's threads are tied up while the test moves the
/// clock. Blocked pool threads are how such a test stalls, or hangs when nothing else can run.
func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(with: Result { try body() })
        }
    }
}
