import Providers
import StructuredData
import Testing

@Suite struct OutboxEntryTests {
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

    @Test func aForcedGSMEncodingTheTextCannotUseFallsBackToUCS2() {
        let entry = OutboxEntry(provider: "lox24", to: "+491701234567", from: "Me", text: String(repeating: "ж", count: 71), encoding: .gsm7)
        #expect(entry.encoding == .ucs2)
        #expect(entry.segments.count == 2)
        #expect(entry.segments.joined() == String(repeating: "ж", count: 71))
    }

    @Test func withoutAnEncodingTheTextsOwnIsUsed() {
        #expect(OutboxEntry(provider: "rox", to: "+61411222333", from: "Me", text: "Hi €").encoding == .gsm7)
        #expect(OutboxEntry(provider: "rox", to: "+61411222333", from: "Me", text: "Hi 😀").encoding == .ucs2)
        #expect(OutboxEntry(provider: "rox", to: "+61411222333", from: "Me", text: "Hi").segments == ["Hi"])
    }
}
