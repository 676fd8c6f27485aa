import Foundation
import StructuredData

/// The time that passed between two recorded exchanges, replayed as fake time. An app that sends and
/// looks the message up a few seconds later saw it move on (LOX24 `status` 0 → 1 after a second); a spec
/// made from that traffic replays on a fake whose clock stands still, so the later step moves the fake
/// clock by the recorded gap first (`"fake": {"advance_seconds": …}`) and sees what the app saw.
enum RecordedTimeGap {
    /// Gaps shorter than this are taken as no time at all: the fakes' first lifecycle step is a second
    /// (`DeliveryOutcome.submitDelay`), and most chains recorded back to back stay runnable live.
    static let threshold: TimeInterval = 0.5

    /// Why a generated spec with such steps is `live: never`.
    static let note = "The time between the recorded exchanges is replayed as fake time (the steps' advance_seconds), so this spec runs on the fake only (live: never)."

    /// Seconds from `earlier` to `later` (cassettes' `recorded_at`, with or without fractional seconds),
    /// to the millisecond below, when they are at least ``threshold`` apart; nil otherwise or when either is unreadable.
    static func seconds(from earlier: String, to later: String) -> Double? {
        guard let start = Cassette.date(recordedAt: earlier), let end = Cassette.date(recordedAt: later) else { return nil }
        let gap = (end.timeIntervalSince(start) * 1000).rounded(.down) / 1000
        return gap >= threshold ? gap : nil
    }
}
