import Foundation

/// Blocks a client address that sent too many requests with wrong credentials in a short time.
///
/// With the defaults, the fourth bad-credential request within a minute locks the address, and every
/// later request from it is refused for ten minutes (LOX24's documented rule).
public struct BadCredentialLockout: Sendable {
    /// How many bad-credential requests are tolerated within `window`; one more locks.
    public let allowedFailures: Int
    /// The sliding window failures are counted in.
    public let window: TimeInterval
    /// How long a locked address stays locked.
    public let lockDuration: TimeInterval
    private var failures: [String: [Date]] = [:]
    private var lockedUntil: [String: Date] = [:]

    /// Creates a lockout policy.
    public init(allowedFailures: Int = 3, window: TimeInterval = 60, lockDuration: TimeInterval = 600) {
        self.allowedFailures = allowedFailures
        self.window = window
        self.lockDuration = lockDuration
    }

    /// Whether `address` is locked at `now`.
    public func isLocked(_ address: String, at now: Date) -> Bool {
        guard let until = lockedUntil[address] else { return false }
        return now < until
    }

    /// Counts a bad-credential request from `address`, locking it when the count within the window exceeds the allowance.
    public mutating func recordFailure(from address: String, at now: Date) {
        var recent = (failures[address] ?? []).filter { now.timeIntervalSince($0) < window }
        recent.append(now)
        if recent.count > allowedFailures {
            lockedUntil[address] = now.addingTimeInterval(lockDuration)
            recent.removeAll()
        }
        failures[address] = recent.isEmpty ? nil : recent
    }

    /// Forgets every failure and lock.
    public mutating func reset() {
        failures.removeAll()
        lockedUntil.removeAll()
    }
}
