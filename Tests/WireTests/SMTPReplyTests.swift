import Testing
@testable import Wire

@Suite struct SMTPReplyTests {
    @Test(arguments: [
        (SMTPReply.ok(), "250 2.0.0 OK\r\n"),
        (SMTPReply(code: 220, text: "mx ESMTP"), "220 mx ESMTP\r\n"),
        (SMTPReply(code: 250, lines: ["mx", "SIZE 10", "8BITMIME"]), "250-mx\r\n250-SIZE 10\r\n250 8BITMIME\r\n"),
        (SMTPReply(code: 550, enhancedStatus: "5.1.1", lines: ["a", "b"]), "550-5.1.1 a\r\n550 5.1.1 b\r\n"),
        (SMTPReply(code: 250, lines: []), "250\r\n"),
        (SMTPReply(code: 250, enhancedStatus: "2.0.0", text: ""), "250 2.0.0\r\n"),
        (SMTPReply(code: 554, text: "two\nlines"), "554-two\r\n554 lines\r\n"),
        (SMTPReply(code: 554, text: "cr\r\nlf"), "554-cr\r\n554 lf\r\n"),
    ])
    func encodes(reply: SMTPReply, wire: String) {
        #expect(String(decoding: reply.encoded, as: UTF8.self) == wire)
    }

    @Test func strayLineBreaksSetDirectlyAreDropped() {
        var reply = SMTPReply.ok()
        reply.lines = ["a\r\nb"]
        #expect(String(decoding: reply.encoded, as: UTF8.self) == "250 2.0.0 ab\r\n")
        reply.lines = []
        #expect(String(decoding: reply.encoded, as: UTF8.self) == "250 2.0.0\r\n")
    }

    @Test(arguments: [
        (SMTPReply.ok(), true, false, false),
        (SMTPReply(code: 354, text: "go"), true, false, false),
        (SMTPReply.temporaryFailure("later"), false, true, false),
        (SMTPReply.mailboxUnavailable(), false, false, true),
        (SMTPReply.rejected("no"), false, false, true),
    ])
    func classifiesCodes(reply: SMTPReply, positive: Bool, transient: Bool, permanent: Bool) {
        #expect(reply.isPositive == positive)
        #expect(reply.isTransientFailure == transient)
        #expect(reply.isPermanentFailure == permanent)
    }

    @Test func describesItselfAsOnTheWire() {
        #expect(SMTPReply(code: 550, enhancedStatus: "5.1.1", lines: ["a", "b"]).description == "550 5.1.1 a / 550 5.1.1 b")
        #expect(SMTPReply(code: 250, lines: ["x", "y"]).text == "x\ny")
        #expect(SMTPReply.rejected("no") == SMTPReply(code: 554, enhancedStatus: "5.7.1", lines: ["no"]))
    }
}
