import Testing
@testable import Wire

@Suite struct SMTPReplyParserTests {
    @Test(arguments: [
        ("220 mx ESMTP\r\n", SMTPReply(code: 220, text: "mx ESMTP"), 14),
        ("250-mx\r\n250-SIZE 10\r\n250 8BITMIME\r\nrest", SMTPReply(code: 250, lines: ["mx", "SIZE 10", "8BITMIME"]), 35),
        ("550-5.1.1 a\r\n550 5.1.1 b\r\n", SMTPReply(code: 550, enhancedStatus: "5.1.1", lines: ["a", "b"]), 26),
        ("250 2.0.0\r\n", SMTPReply(code: 250, enhancedStatus: "2.0.0", text: ""), 11),
        ("250\n", SMTPReply(code: 250, text: ""), 4),
        ("250 5.0.0 wrong class\r\n", SMTPReply(code: 250, text: "5.0.0 wrong class"), 23),
        ("250 2.0 not a status\r\n", SMTPReply(code: 250, text: "2.0 not a status"), 22),
        ("451 4.3.0 a\r\n", SMTPReply.temporaryFailure("a"), 13),
    ])
    func parsesReplies(wire: String, reply: SMTPReply, consumed: Int) throws {
        let parsed = try #require(try SMTPReplyParser.parse(Array(wire.utf8)))
        #expect(parsed.reply == reply)
        #expect(parsed.consumed == consumed)
    }

    @Test(arguments: ["", "250-more to come\r\n", "250 no line end", "25"])
    func waitsForTheLastLine(wire: String) throws {
        #expect(try SMTPReplyParser.parse(Array(wire.utf8)) == nil)
    }

    @Test(arguments: ["hello\r\n", "2x0 x\r\n", "250-a\r\n251 b\r\n", "250_x\r\n"])
    func refusesMalformedReplies(wire: String) {
        #expect(throws: SMTPReplyParser.Malformed.self) { try SMTPReplyParser.parse(Array(wire.utf8)) }
    }

    @Test func refusesEndlessReplies() {
        let wire = String(repeating: "250-filler\r\n", count: 7000)
        #expect(throws: SMTPReplyParser.Malformed.self) { try SMTPReplyParser.parse(Array(wire.utf8)) }
    }

    @Test(arguments: [
        SMTPReply.ok(), SMTPReply(code: 250, lines: ["mx", "SIZE 10"]), SMTPReply(code: 550, enhancedStatus: "5.1.1", lines: ["a", "b"]),
        SMTPReply(code: 221, enhancedStatus: "2.0.0", text: "bye"), SMTPReply(code: 354, text: "go on"),
    ])
    func readsBackWhatTheServerWrites(reply: SMTPReply) throws {
        #expect(try SMTPReplyParser.parse(reply.encoded)?.reply == reply)
    }
}
