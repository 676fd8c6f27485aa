@testable import ContractHarness
import Testing

@Suite struct RecordedTimeGapTests {
    @Test(arguments: [
        ("2026-12-02T08:00:00.000Z", "2026-12-02T08:00:02.250Z", 2.25 as Double?),
        ("2026-12-02T08:00:00Z", "2026-12-02T08:00:03Z", 3),
        ("2026-12-02T08:00:00.000Z", "2026-12-02T08:00:00.500Z", 0.5),       // the threshold itself counts
        ("2026-12-02T08:00:00.000Z", "2026-12-02T08:00:00.499Z", nil),       // under it: no time at all
        ("2026-12-02T08:00:00.000Z", "2026-12-02T08:00:00.999Z", 0.999),     // to the millisecond below, never rounded up to 1 s
        ("2026-12-02T08:00:05.000Z", "2026-12-02T08:00:00.000Z", nil),       // out of order: nothing to replay
        ("not a time", "2026-12-02T08:00:03Z", nil),
    ])
    func theGapIsSecondsToTheMillisecondFromTheThresholdOn(_ earlier: String, _ later: String, expected: Double?) {
        let gap = RecordedTimeGap.seconds(from: earlier, to: later)
        if let expected, let gap {
            #expect(abs(gap - expected) < 0.000_001)
        } else {
            #expect(gap == nil && expected == nil, "\(String(describing: gap))")
        }
    }
}
