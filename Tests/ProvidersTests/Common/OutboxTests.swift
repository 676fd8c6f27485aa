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

    @Test func anEntryShowsTheDocumentedKeysAndItsParts() throws {
        let entry = OutboxEntry(provider: "lox24", to: "+491701234567", from: "Me", text: String(repeating: "a", count: 161),
                                details: ["uuid": "u-1", "to": "ignored: documented keys win"])
        let json = entry.json
        #expect(json["provider"] == "lox24")
        #expect(json["to"] == "+491701234567")
        #expect(json["parts"] == 2)
        #expect(json["encoding"] == "gsm7")
        #expect(json["segments"]?.arrayValue?.count == 2)
        #expect(json["uuid"] == "u-1")
    }

    @Test func aForcedEncodingIsKept() {
        let entry = OutboxEntry(provider: "lox24", to: "+491701234567", from: "Me", text: "plain", encoding: .ucs2)
        #expect(entry.encoding == .ucs2)
        #expect(entry.json["encoding"] == "ucs2")
    }
}
