import Foundation

/// Makes `sms_activity_id`s that look like the document's (`d454cfe0-a835-11e6-9852-d43d7ed6ce4c`):
/// time-based version-1 UUIDs (RFC 9562 §5.1), lower-case.
///
/// The time is the fake clock's, so ids follow fake time; ids made within the same 100 ns tick (a
/// frozen clock) take the next tick, so they never repeat. The node is random with the multicast
/// bit set, as RFC 9562 asks of a node that is not a real MAC address; the clock sequence is
/// random once per generator.
struct IovoxActivityIDGenerator: Sendable {
    /// 100 ns intervals from 1582-10-15 (the Gregorian reform) to 1970-01-01.
    static let gregorianToUnixIntervals: UInt64 = 0x01B2_1DD2_1381_4000

    private var lastTimestamp: UInt64 = 0
    private let clockSequence: UInt16
    private let node: UInt64

    /// Creates a generator with a random clock sequence and node.
    init() {
        var random = SystemRandomNumberGenerator()
        clockSequence = UInt16.random(in: 0...0x3FFF, using: &random)
        node = UInt64.random(in: 0...0xFFFF_FFFF_FFFF, using: &random) | 0x0100_0000_0000
    }

    /// The id for a message accepted at `date`.
    mutating func next(at date: Date) -> String {
        let intervals = UInt64(max(0, (date.timeIntervalSince1970 * 10_000_000).rounded(.down)))
        var timestamp = intervals &+ Self.gregorianToUnixIntervals
        if timestamp <= lastTimestamp { timestamp = lastTimestamp + 1 }
        lastTimestamp = timestamp
        return Self.format(timestamp: timestamp, clockSequence: clockSequence, node: node)
    }

    /// The textual UUID of a version-1 timestamp, clock sequence (14 bits) and node (48 bits).
    static func format(timestamp: UInt64, clockSequence: UInt16, node: UInt64) -> String {
        let timeLow = timestamp & 0xFFFF_FFFF
        let timeMid = (timestamp >> 32) & 0xFFFF
        let timeHighAndVersion = (timestamp >> 48) & 0x0FFF | 0x1000
        let sequence = UInt64(clockSequence & 0x3FFF) | 0x8000
        return UUIDText.format(high: timeLow << 32 | timeMid << 16 | timeHighAndVersion, low: sequence << 48 | node & 0xFFFF_FFFF_FFFF)
    }
}
