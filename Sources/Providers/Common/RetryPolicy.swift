import Foundation

/// How a callback that was not accepted is tried again, in fake time.
public struct RetryPolicy: Sendable, Equatable {
    /// How many more attempts after the first.
    public var retries: Int
    /// Fake seconds between attempts.
    public var interval: TimeInterval

    /// No retries.
    public static let none = RetryPolicy(retries: 0, interval: 0)

    /// Creates a policy.
    public init(retries: Int, interval: TimeInterval) {
        self.retries = retries
        self.interval = interval
    }
}
