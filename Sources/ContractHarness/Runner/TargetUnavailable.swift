/// A provider that cannot run on this target, with the reason a person needs to fix it.
public struct TargetUnavailable: Error, Sendable, CustomStringConvertible {
    /// Why, e.g. `SMSCONTRACT_LOX24_URL is not set`.
    public let reason: String
    /// Whether this is a configuration gap (skip) rather than a failure to start (error).
    public let isSkip: Bool

    /// Creates the error.
    public init(reason: String, isSkip: Bool) {
        self.reason = reason
        self.isSkip = isSkip
    }

    public var description: String { reason }
}
