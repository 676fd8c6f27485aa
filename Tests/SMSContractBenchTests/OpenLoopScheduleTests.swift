import Testing
@testable import smscontract_bench

@Suite struct OpenLoopScheduleTests {
    @Test func requestsAreSpreadEvenlyOverTheConnections() {
        let schedule = OpenLoopSchedule(rate: 1000, connections: 4, durationNanoseconds: 10_000_000)
        // One request a millisecond overall: connection 1 sends at 1, 5 and 9 ms.
        #expect(schedule.intendedOffset(connection: 1, index: 0) == 1_000_000)
        #expect(schedule.intendedOffset(connection: 1, index: 1) == 5_000_000)
        #expect(schedule.intendedOffset(connection: 1, index: 2) == 9_000_000)
        #expect(schedule.intendedOffset(connection: 1, index: 3) == nil)
        #expect((0..<4).map { schedule.requestCount(connection: $0) } == [3, 3, 2, 2])
        #expect(schedule.totalRequests == 10)
    }

    @Test(arguments: [(500.0, 32, 2.0, 1000), (8000.0, 32, 0.5, 4000), (3.0, 8, 1.0, 3)])
    func theRunSchedulesRateTimesDuration(rate: Double, connections: Int, seconds: Double, expected: Int) {
        let schedule = OpenLoopSchedule(rate: rate, connections: connections, durationNanoseconds: UInt64(seconds * 1e9))
        #expect(schedule.totalRequests == expected)
    }
}
