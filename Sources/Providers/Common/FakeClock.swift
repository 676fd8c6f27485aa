import Foundation
import Synchronization

/// The fake's sense of wall-clock time: real time at creation, moved forward only by `advance(seconds:)`.
///
/// Lockouts, scheduled sends, receipts and retries read this clock, so a test of ten-minute
/// behaviour advances it instead of waiting.
public final class FakeClock: Sendable {
    private let base: Date
    private let started: ContinuousClock.Instant
    private let offset = Mutex<TimeInterval>(0)
    private let frozen: Bool

    /// Creates a clock that follows real time from `start`, plus whatever is advanced.
    /// - Parameter frozen: when true, time moves only when advanced (deterministic tests).
    public init(start: Date = Date(), frozen: Bool = false) {
        self.base = start
        self.started = ContinuousClock.now
        self.frozen = frozen
    }

    /// The current fake time.
    public var now: Date {
        let elapsed: TimeInterval
        if frozen {
            elapsed = 0
        } else {
            let duration = ContinuousClock.now - started
            elapsed = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        return base.addingTimeInterval(elapsed + offset.withLock { $0 })
    }

    /// The current fake time in whole seconds since 1970.
    public var unixSeconds: Int { Int(now.timeIntervalSince1970.rounded(.down)) }

    /// Moves the clock forward by `seconds` (never backward).
    public func advance(seconds: TimeInterval) {
        guard seconds > 0 else { return }
        offset.withLock { $0 += seconds }
    }
}
