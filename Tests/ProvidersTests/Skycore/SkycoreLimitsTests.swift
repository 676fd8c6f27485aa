import Providers
import StructuredData
import Testing

/// The character limits of seed 002 ("160, 140, 70 characters for GSM, UTF-8, Unicode", concatenated above), end to end.
@Suite struct SkycoreLimitsTests {
    @Test(arguments: [
        ("a", 160, 1, "gsm7"), ("a", 161, 2, "gsm7"), ("a", 306, 2, "gsm7"), ("a", 307, 3, "gsm7"),
        ("€", 80, 1, "gsm7"), ("€", 81, 2, "gsm7"),
        ("ж", 70, 1, "ucs2"), ("ж", 71, 2, "ucs2"), ("ж", 134, 2, "ucs2"), ("ж", 135, 3, "ucs2"),
        // "UTF-8" characters outside the GSM alphabet are UCS-2 too: 140 of them are not one SMS.
        ("á", 70, 1, "ucs2"), ("á", 71, 2, "ucs2"), ("á", 140, 3, "ucs2"),
    ])
    func eachSideOfEachLimit(character: String, count: Int, parts: Int, encoding: String) throws {
        let client = SkycoreTestClient()
        let text = String(repeating: character, count: count)
        #expect(try client.outcome(SkycoreTestClient.example1(["message-text": .string(text)])) == "Success")
        let entry = try #require(client.outbox.first)
        #expect(entry["parts"]?.intValue == parts)
        #expect(entry["encoding"]?.stringValue == encoding)
        #expect(entry["text"]?.stringValue == text)
    }

    @Test(arguments: [("Dunder Miff", "Dunder Miff"), ("Dunder Miffl", "Dunder Miff"), ("Dunder Mifflin", "Dunder Miff")])
    func theOutboxShowsTheCutMaskAndTheSendIsAccepted(mask: String, shown: String) throws {
        let client = SkycoreTestClient()
        let (_, answer) = try client.send(SkycoreTestClient.example1(["to": "+447700900123", "from-mask": .string(mask)]))
        #expect(answer["status"] == "Success")
        #expect(client.outbox.first?["from_mask"]?.stringValue == shown)
    }

    @Test func eachPartCostsACreditAndAShortAccountIsRefusedWhole() throws {
        let client = SkycoreTestClient()
        try client.configure(["credits": 3])
        let twoParts = SkycoreTestClient.example1(["message-text": .string(String(repeating: "a", count: 161))])
        #expect(try client.outcome(twoParts) == "Success")
        #expect(try client.outcome(twoParts) == "E713")
        #expect(try client.outcome(SkycoreTestClient.example1) == "Success")
        #expect(try client.outcome(SkycoreTestClient.example1) == "E713")
        #expect(client.fake.accountsJSON.arrayValue?.first?["credits"] == 0)
        #expect(client.outbox.count == 2)
    }
}
