import Foundation
import Providers
import Synchronization
import Testing

@Suite struct FakeSchedulerTests {
    @Test func dueActionsRunInTimeOrderAndOthersWait() {
        let clock = FakeClock(start: Date(timeIntervalSince1970: 0), frozen: true)
        let scheduler = FakeScheduler(clock: clock)
        let ran = Mutex<[String]>([])
        scheduler.schedule(after: 20) { ran.withLock { $0.append("b") } }
        scheduler.schedule(after: 10) { ran.withLock { $0.append("a") } }
        scheduler.schedule(after: 30) { ran.withLock { $0.append("c") } }
        scheduler.runDue()
        #expect(ran.withLock { $0 }.isEmpty)
        clock.advance(seconds: 25)
        scheduler.runDue()
        #expect(ran.withLock { $0 } == ["a", "b"])
        #expect(scheduler.pendingCount == 1)
        scheduler.reset()
        clock.advance(seconds: 10)
        scheduler.runDue()
        #expect(ran.withLock { $0 } == ["a", "b"])
    }

    @Test func actionsScheduledByDueActionsForAPastTimeRunInTheSamePass() {
        let clock = FakeClock(start: Date(timeIntervalSince1970: 0), frozen: true)
        let scheduler = FakeScheduler(clock: clock)
        let ran = Mutex(0)
        scheduler.schedule(after: 1) {
            ran.withLock { $0 += 1 }
            scheduler.schedule(after: 0) { ran.withLock { $0 += 10 } }
        }
        clock.advance(seconds: 1)
        scheduler.runDue()
        #expect(ran.withLock { $0 } == 11)
    }

    @Test func actionsDueAtTheSameTimeRunInTheOrderTheyWereScheduled() {
        let clock = FakeClock(start: Date(timeIntervalSince1970: 0), frozen: true)
        let scheduler = FakeScheduler(clock: clock)
        let ran = Mutex<[Int]>([])
        for index in 0..<50 { scheduler.schedule(after: Double(index % 3)) { ran.withLock { $0.append(index) } } }
        clock.advance(seconds: 2)
        scheduler.runDue()
        let expected = (0..<50).filter { $0 % 3 == 0 } + (0..<50).filter { $0 % 3 == 1 } + (0..<50).filter { $0 % 3 == 2 }
        #expect(ran.withLock { $0 } == expected)
        #expect(scheduler.pendingCount == 0)
    }
}
