/// `waitForHeldAnswers(_:timeout:)` gave up: fewer answers than asked for were held by a fault.
public struct HeldAnswerTimeout: Error, Sendable, CustomStringConvertible {
    /// The provider whose fake was waited on.
    public let provider: String
    /// How many held answers were waited for.
    public let expected: Int
    /// How many had been held when the wait gave up.
    public let held: Int
    /// How long the wait lasted (real time).
    public let timeout: Duration

    /// Creates the error.
    public init(provider: String, expected: Int, held: Int, timeout: Duration) {
        self.provider = provider
        self.expected = expected
        self.held = held
        self.timeout = timeout
    }

    public var description: String {
        "the \(provider) fake held \(held) of \(expected) answers within \(timeout): check that the request was sent "
            + "(from another task, since its answer waits for the clock) and that a latency or slow_body fault was injected for its path"
    }
}
