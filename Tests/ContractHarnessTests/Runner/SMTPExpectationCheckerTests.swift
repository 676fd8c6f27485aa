@testable import ContractHarness
import StructuredData
import Testing

/// An SMTP dialogue's replies checked against a step's `smtp` expectation: which reply each part
/// reads, code and text (literal or matcher), a dialogue that ended early, and the recipients' count.
@Suite struct SMTPExpectationCheckerTests {
    static func reply(_ command: String, _ code: Int, _ text: String = "2.0.0 Ok", argument: String? = nil) -> RecordedSMTPReply {
        RecordedSMTPReply(command: command, argument: argument, code: code, text: text)
    }

    /// A whole dialogue: greeting, EHLO, MAIL FROM, two RCPT TO, DATA, end of data, QUIT.
    static let dialogue = [
        reply("connect", 220, "smtp.example ESMTP"), reply("EHLO", 250, "smtp.example"), reply("MAIL FROM", 250, "2.1.0 Sender ok", argument: "a@b"),
        reply("RCPT TO", 250, "2.1.5 Recipient ok", argument: "1@sms"), reply("RCPT TO", 550, "5.1.1 No such user", argument: "2@sms"),
        reply("DATA", 354, "End data with <CR><LF>.<CR><LF>"), reply(".", 250, "2.0.0 Queued 1 SMS"), reply("QUIT", 221, "Bye"),
    ]

    /// A dialogue the server ended after refusing the sender.
    static let refusedSender = [reply("connect", 220, "hi"), reply("EHLO", 250, "hi"), reply("MAIL FROM", 553, "5.7.1 Sender refused")]

    /// A dialogue in which DATA itself was refused, so there is no end-of-data reply.
    static let refusedData = [reply("MAIL FROM", 250), reply("RCPT TO", 250), reply("DATA", 554, "5.5.1 No valid recipients")]

    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let replies: [RecordedSMTPReply]
        let expectation: SMTPExpectation
        let differences: [Difference]
        var testDescription: String { label }
    }

    static func spec(_ path: String, _ expected: JSONValue?, _ actual: JSONValue?, _ message: String? = nil) -> Difference {
        Difference(source: .spec, path: path, expected: expected, actual: actual, message: message)
    }

    static let cases: [Case] = [
        Case(label: "nothing expected", replies: dialogue, expectation: SMTPExpectation(), differences: []),
        Case(label: "every reply as expected, codes only", replies: dialogue,
             expectation: SMTPExpectation(mailFrom: ReplyExpectation(code: 250), recipients: [ReplyExpectation(code: 250), ReplyExpectation(code: 550)],
                                          data: ReplyExpectation(code: 250)), differences: []),
        Case(label: "texts literal and matched", replies: dialogue,
             expectation: SMTPExpectation(mailFrom: ReplyExpectation(code: 250, text: "2.1.0 Sender ok"),
                                          recipients: [ReplyExpectation(code: 250), ReplyExpectation(code: 550, text: ["$match": "regex", "pattern": "^5\\.1\\.1 "])],
                                          data: ReplyExpectation(code: 250, text: "2.0.0 Queued 1 SMS")), differences: []),
        Case(label: "MAIL FROM code differs", replies: refusedSender, expectation: SMTPExpectation(mailFrom: ReplyExpectation(code: 250)),
             differences: [spec("send/smtp/mail_from.code", 250, 553)]),
        Case(label: "MAIL FROM code and text differ", replies: refusedSender,
             expectation: SMTPExpectation(mailFrom: ReplyExpectation(code: 250, text: "2.1.0 Ok")),
             differences: [spec("send/smtp/mail_from.code", 250, 553), spec("send/smtp/mail_from.text", "2.1.0 Ok", "5.7.1 Sender refused", #"expected "2.1.0 Ok""#)]),
        Case(label: "a text matcher refuses", replies: dialogue,
             expectation: SMTPExpectation(data: ReplyExpectation(code: 250, text: ["$match": "regex", "pattern": "Queued 2"])),
             differences: [spec("send/smtp/data.text", ["$match": "regex", "pattern": "Queued 2"], "2.0.0 Queued 1 SMS", "expected a string matching /Queued 2/")]),
        Case(label: "the dialogue ended before RCPT TO", replies: refusedSender,
             expectation: SMTPExpectation(recipients: [ReplyExpectation(code: 250)], data: ReplyExpectation(code: 250)),
             differences: [spec("send/smtp/rcpt_to", 1, 0, "expected 1 RCPT TO reply"),
                           spec("send/smtp/rcpt_to[0]", 250, .none, "expected a 250 reply, but the dialogue ended before this command"),
                           spec("send/smtp/data", 250, .none, "expected a 250 reply, but the dialogue ended before this command")]),
        Case(label: "no MAIL FROM at all", replies: [reply("connect", 554, "5.3.2 Not accepting")], expectation: SMTPExpectation(mailFrom: ReplyExpectation(code: 250)),
             differences: [spec("send/smtp/mail_from", 250, .none, "expected a 250 reply, but the dialogue ended before this command")]),
        Case(label: "fewer recipients expected than replied", replies: dialogue, expectation: SMTPExpectation(recipients: [ReplyExpectation(code: 250)]),
             differences: [spec("send/smtp/rcpt_to", 1, 2, "expected 1 RCPT TO reply")]),
        Case(label: "more recipients expected than replied", replies: dialogue,
             expectation: SMTPExpectation(recipients: [ReplyExpectation(code: 250), ReplyExpectation(code: 550), ReplyExpectation(code: 250)]),
             differences: [spec("send/smtp/rcpt_to", 3, 2, "expected 3 RCPT TO replies"),
                           spec("send/smtp/rcpt_to[2]", 250, .none, "expected a 250 reply, but the dialogue ended before this command")]),
        Case(label: "recipients compared in order", replies: dialogue,
             expectation: SMTPExpectation(recipients: [ReplyExpectation(code: 550), ReplyExpectation(code: 250)]),
             differences: [spec("send/smtp/rcpt_to[0].code", 550, 250), spec("send/smtp/rcpt_to[1].code", 250, 550)]),
        Case(label: "data reads the reply to the final dot, not the 354", replies: dialogue, expectation: SMTPExpectation(data: ReplyExpectation(code: 354)),
             differences: [spec("send/smtp/data.code", 354, 250)]),
        Case(label: "data reads the reply to DATA when DATA was refused", replies: refusedData,
             expectation: SMTPExpectation(data: ReplyExpectation(code: 554, text: "5.5.1 No valid recipients")), differences: []),
    ]

    @Test(arguments: cases)
    func repliesAreComparedWithTheExpectation(_ check: Case) {
        #expect(SMTPExpectationChecker.differences(check.replies, expected: check.expectation, step: "send") == check.differences)
    }

    @Test func placeholdersInReplyTextsAreExpanded() throws {
        let expectation = SMTPExpectation(mailFrom: ReplyExpectation(code: 250, text: "2.1.0 {{credentials.username}} ok"),
                                          recipients: [ReplyExpectation(code: 250, text: "{{count}}"), ReplyExpectation(code: 250)],
                                          data: ReplyExpectation(code: 250, text: ["$match": "string"]))
        let expanded = try expectation.expanded(with: Bindings(["credentials.username": "me@x", "count": 2]))
        #expect(expanded == SMTPExpectation(mailFrom: ReplyExpectation(code: 250, text: "2.1.0 me@x ok"),
                                            recipients: [ReplyExpectation(code: 250, text: 2), ReplyExpectation(code: 250)],
                                            data: ReplyExpectation(code: 250, text: ["$match": "string"])))
    }

    @Test func anUnknownPlaceholderInAReplyTextIsATemplateError() {
        let expectation = SMTPExpectation(recipients: [ReplyExpectation(code: 250, text: "{{nobody}}")])
        #expect(throws: TemplateError(message: "unknown placeholder {{nobody}}; known here: {{credentials.username}}")) {
            try expectation.expanded(with: Bindings(["credentials.username": "me@x"]))
        }
    }
}
