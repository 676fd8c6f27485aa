import Testing
@testable import Wire

@Suite struct ManualClockTests {
    @Test func manualClockMovesOnlyWhenAdvanced() {
        let clock = ManualClock(start: MonotonicInstant(nanoseconds: 5))
        #expect(clock.now == MonotonicInstant(nanoseconds: 5))
        clock.advance(by: .milliseconds(2))
        #expect(clock.now == MonotonicInstant(nanoseconds: 2_000_005))
        clock.advance(by: .seconds(-1))
        #expect(clock.now == MonotonicInstant(nanoseconds: 2_000_005))
    }
}
