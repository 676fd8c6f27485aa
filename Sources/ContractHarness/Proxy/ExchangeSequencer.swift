import Synchronization

/// Numbers a proxy's exchanges from 1, in the order they finish, from any thread.
final class ExchangeSequencer: Sendable {
    private let value = Mutex(0)

    /// The next number.
    func next() -> Int {
        value.withLock { value in
            value += 1
            return value
        }
    }
}
