import Foundation
import Providers
import StructuredData
import Testing

@Suite struct OutboxTests {
    @Test func entriesAreKeptOldestFirstAndBounded() {
        let outbox = Outbox(capacity: 3)
        for index in 1...5 {
            outbox.record(OutboxEntry(provider: "lox24", to: "+4917000000\(index)", from: "Me", text: "n\(index)"))
        }
        #expect(outbox.entries.map(\.text) == ["n3", "n4", "n5"])
        #expect(outbox.droppedCount == 2)
        outbox.reset()
        #expect(outbox.entries.isEmpty)
    }

    @Test func entriesAreNumberedAndStampedWithTheFakeTime() {
        let clock = FakeClock(start: Date(timeIntervalSince1970: 1_800_000_000), frozen: true)
        let outbox = Outbox(capacity: 2, clock: clock)
        outbox.record(OutboxEntry(provider: "lox24", to: "+491700000001", from: "Me", text: "a"))
        clock.advance(seconds: 30)
        outbox.record(OutboxEntry(provider: "lox24", to: "+491700000001", from: "Me", text: "b"))
        #expect(outbox.entries.map(\.sequence) == [1, 2])
        #expect(outbox.entries.map { $0.acceptedAt?.timeIntervalSince1970 } == [1_800_000_000, 1_800_000_030])
        outbox.reset()
        outbox.record(OutboxEntry(provider: "lox24", to: "+491700000001", from: "Me", text: "c"))
        #expect(outbox.entries.map(\.sequence) == [3]) // numbering goes on after a reset
        #expect(outbox.recordedCount == 3)
        #expect(Outbox().entries.isEmpty && FakeEnvironment(clock: clock).outbox.capacity == 10_000)
    }

    @Test func anOutboxWithoutAClockLeavesTheTimeOpen() {
        let outbox = Outbox()
        outbox.record(OutboxEntry(provider: "lox24", to: "+491700000001", from: "Me", text: "a"))
        #expect(outbox.entries.first?.acceptedAt == nil)
        #expect(outbox.entries.first?.sequence == 1)
    }
}
