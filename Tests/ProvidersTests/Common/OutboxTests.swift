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
}
