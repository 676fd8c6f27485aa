import Foundation
import Providers
import Testing

@Suite struct FakeClockTests {
    @Test func aFrozenClockMovesOnlyWhenAdvanced() {
        let clock = FakeClock(start: Date(timeIntervalSince1970: 1_000), frozen: true)
        #expect(clock.unixSeconds == 1_000)
        clock.advance(seconds: 600)
        #expect(clock.unixSeconds == 1_600)
        clock.advance(seconds: -50)
        #expect(clock.unixSeconds == 1_600)
    }

    @Test func aRunningClockFollowsRealTimePlusTheAdvance() {
        let clock = FakeClock(start: Date(timeIntervalSince1970: 1_000))
        clock.advance(seconds: 3_600)
        #expect(clock.now.timeIntervalSince1970 >= 4_600)
        #expect(clock.now.timeIntervalSince1970 < 4_600 + 60)
    }
}
