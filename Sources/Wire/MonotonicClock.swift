/// A source of monotonic time. Servers read deadlines from it so tests can drive time-outs with ``ManualClock``.
public protocol MonotonicClock: Sendable {
    /// The current instant.
    var now: MonotonicInstant { get }
}
