#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import Testing
@testable import Wire

/// Timers on the loop run on the loop's clock: they bound its wait, fire when a manual clock passes them, in
/// time order, and a connection's timer does nothing once the connection is gone.
@Suite struct LoopCoreTimersTests {
    private final class Log: Sendable {
        private let lines = Mutex<[String]>([])
        func append(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    @Test func aTaskBoundsTheWaitAndRunsOnlyOnceTheClockReachesIt() throws {
        let fixture = try LoopFixture(), log = Log()
        fixture.core.schedule(at: fixture.clock.now + .seconds(5)) { _ in log.append("ran") }
        fixture.core.runOnce()
        #expect(fixture.queue.timeouts.last == .seconds(5))
        #expect(log.all.isEmpty)
        fixture.clock.advance(by: .seconds(4))
        fixture.core.runOnce()
        #expect(log.all.isEmpty)
        #expect(fixture.queue.timeouts.last == .seconds(1))
        fixture.clock.advance(by: .seconds(1))
        fixture.core.runOnce()
        #expect(log.all == ["ran"])
        #expect(fixture.core.scheduledTaskCount == 0)
        fixture.core.runOnce()
        #expect(log.all == ["ran"]) // Once only.
    }

    @Test func tasksDueTogetherRunInTimeOrderAndOnesTheyScheduleForThePastRunInTheSamePass() throws {
        let fixture = try LoopFixture(), log = Log()
        let start = fixture.clock.now
        fixture.core.schedule(at: start + .seconds(3)) { _ in log.append("3") }
        fixture.core.schedule(at: start + .seconds(1)) { core in
            log.append("1")
            core.schedule(at: start) { _ in log.append("past") }
        }
        fixture.core.schedule(at: start + .seconds(2)) { _ in log.append("2") }
        fixture.clock.advance(by: .seconds(10))
        fixture.core.runOnce()
        #expect(log.all == ["1", "past", "2", "3"])
    }

    @Test func aTaskAtAnInstantAlreadyPastRunsOnTheNextPass() throws {
        let fixture = try LoopFixture(), log = Log()
        fixture.clock.advance(by: .seconds(1))
        fixture.core.schedule(at: fixture.clock.now + .seconds(-1)) { _ in log.append("late") }
        fixture.core.runOnce()
        #expect(fixture.queue.timeouts.last == .seconds(-1)) // Overdue: the queue is told not to wait.
        #expect(log.all == ["late"])
    }

    @Test func aConnectionsTimedWorkWritesWhileItIsOpenAndNothingOnceItIsClosed() throws {
        let fixture = try LoopFixture()
        let connection = try #require(fixture.core.registrations.values.compactMap { registration -> ConnectionContext? in
            if case let .connection(connection) = registration { return connection }
            return nil
        }.first)
        let handle = connection.handle
        handle.execute(at: fixture.clock.now + .seconds(2)) { _, context in
            context.write(Array("late\n".utf8))
            return .continue
        }
        handle.execute(at: fixture.clock.now + .seconds(4)) { _, context in
            context.write(Array("too late\n".utf8))
            return .continue
        }
        // The work reaches the loop through its task queue, then waits for the clock.
        fixture.queue.scripted.append([ReadyEvent(token: LoopCore.wakerToken, readable: true)])
        fixture.core.runOnce()
        #expect(fixture.core.scheduledTaskCount == 2)
        fixture.clock.advance(by: .seconds(2))
        fixture.core.runOnce()
        #expect(String(decoding: fixture.peerRead(), as: UTF8.self) == "late\n")
        fixture.core.closeNow(connection, reset: false)
        fixture.clock.advance(by: .seconds(2))
        fixture.core.runOnce()
        #expect(fixture.core.scheduledTaskCount == 0)
        #expect(fixture.handler.calls.last == "closed")
        #expect(fixture.peerRead() == []) // The peer sees the close, not the second write.
    }
}
