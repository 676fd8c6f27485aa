import Testing
@testable import Wire

@Suite struct SystemClockTests {
    @Test func theSystemClockNeverGoesBack() {
        let system = SystemClock()
        var previous = system.now
        for _ in 0..<1_000 {
            let now = system.now
            #expect(now >= previous)
            previous = now
        }
    }
}
