/// A fake could not be started (no free loopback port, a provider whose fake does not build).
public struct FakeStartError: Error, Sendable, CustomStringConvertible {
    /// The provider whose fake did not start.
    public let provider: String
    /// Why, as the server reported it.
    public let reason: String

    /// Creates the error.
    public init(provider: String, reason: String) {
        self.provider = provider
        self.reason = reason
    }

    public var description: String { "could not start the \(provider) fake: \(reason)" }
}
