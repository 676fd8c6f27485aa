#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A point on a monotonic time line, in nanoseconds from an arbitrary origin.
///
/// Instants from different clocks are not comparable in any meaningful way.
public struct MonotonicInstant: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Nanoseconds since the clock's origin.
    public var nanoseconds: UInt64

    /// Creates an instant `nanoseconds` after the clock's origin.
    public init(nanoseconds: UInt64) {
        self.nanoseconds = nanoseconds
    }

    /// Orders instants by time.
    public static func < (lhs: MonotonicInstant, rhs: MonotonicInstant) -> Bool {
        lhs.nanoseconds < rhs.nanoseconds
    }

    /// The instant `duration` later (earlier for a negative duration), saturating at the ends of the time line.
    public static func + (lhs: MonotonicInstant, rhs: Duration) -> MonotonicInstant {
        let delta = rhs.wholeNanoseconds
        if delta >= 0 {
            let (sum, overflow) = lhs.nanoseconds.addingReportingOverflow(UInt64(delta))
            return MonotonicInstant(nanoseconds: overflow ? .max : sum)
        }
        let magnitude = delta.magnitude
        return MonotonicInstant(nanoseconds: lhs.nanoseconds > magnitude ? lhs.nanoseconds - magnitude : 0)
    }

    /// The time from `rhs` to `lhs`; negative when `lhs` is earlier.
    public static func - (lhs: MonotonicInstant, rhs: MonotonicInstant) -> Duration {
        if lhs >= rhs { return .nanoseconds(Int64(clamping: lhs.nanoseconds - rhs.nanoseconds)) }
        return .nanoseconds(-Int64(clamping: rhs.nanoseconds - lhs.nanoseconds))
    }

    /// The instant as seconds with a fractional part, for logs.
    public var description: String {
        let seconds = nanoseconds / 1_000_000_000
        let millis = (nanoseconds / 1_000_000) % 1000
        let padded = String(millis)
        return "\(seconds).\(String(repeating: "0", count: 3 - padded.count))\(padded)s"
    }
}

/// A source of monotonic time. Servers read deadlines from it so tests can drive time-outs with ``ManualClock``.
public protocol MonotonicClock: Sendable {
    /// The current instant.
    var now: MonotonicInstant { get }
}

/// The operating system's monotonic clock (`CLOCK_MONOTONIC`).
public struct SystemClock: MonotonicClock {
    /// Creates the system clock.
    public init() {}

    /// The current instant of `CLOCK_MONOTONIC`.
    public var now: MonotonicInstant {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return MonotonicInstant(nanoseconds: UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec))
    }
}

extension Duration {
    /// The duration in whole nanoseconds, clamped to `Int64`.
    var wholeNanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, overflow2) = scaled.addingReportingOverflow(attoseconds / 1_000_000_000)
        if overflow2 { return seconds < 0 ? .min : .max }
        return sum
    }

    /// The duration in whole milliseconds rounded up, clamped to `0...Int32.max`, as `epoll_wait` and `poll` take it.
    var pollMilliseconds: Int32 {
        let nanos = wholeNanoseconds
        if nanos <= 0 { return 0 }
        let millis = (nanos + 999_999) / 1_000_000
        return Int32(clamping: millis)
    }
}
