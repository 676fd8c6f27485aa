import Testing
@testable import Wire

@Suite struct SMTPSessionTests {
    private func session(_ configure: (inout SMTPServerConfiguration) -> Void = { _ in }, handler: any SMTPHandler = RecordingSMTPHandler()) -> SMTPSession {
        var configuration = SMTPServerConfiguration()
        configure(&configuration)
        return SMTPSession(settings: SMTPSession.Settings(configuration), handler: handler, remoteAddress: "192.0.2.7")
    }

    /// Feeds each line and returns the code of each reply (0 for none).
    private func codes(_ session: inout SMTPSession, _ lines: [String]) -> [Int] {
        lines.map { session.receive(.line(Array($0.utf8), crlf: true))?.code ?? 0 }
    }

    @Test(arguments: [
        ([String](), SMTPSession.Phase.connected),
        (["HELO c"], .ready),
        (["HELO c", "MAIL FROM:<a@b.test>"], .transaction),
        (["HELO c", "MAIL FROM:<a@b.test>", "RCPT TO:<x@y.test>", "DATA"], .data),
        (["HELO c", "MAIL FROM:<a@b.test>", "RCPT TO:<x@y.test>", "DATA", "text", "."], .ready),
        (["HELO c", "MAIL FROM:<a@b.test>", "RSET"], .ready),
        (["HELO c", "MAIL FROM:<a@b.test>", "EHLO again"], .ready),
        (["RSET"], .connected),
        (["QUIT"], .finished),
    ])
    func movesThroughTheDialogue(lines: [String], phase: SMTPSession.Phase) {
        var session = session()
        _ = codes(&session, lines)
        #expect(session.phase == phase)
    }

    @Test func theHandlerSeesTheEnvelopeAsDescribed() {
        let handler = RecordingSMTPHandler()
        var session = session(handler: handler)
        #expect(codes(&session, ["EHLO client", "MAIL FROM:<a@b.test>", "RCPT TO:<x@y.test>", "DATA", "hi", "."]) == [250, 250, 250, 354, 0, 250])
        #expect(handler.mailFromEnvelopes == [SMTPEnvelope(mailFrom: "a@b.test", clientHostname: "client", remoteAddress: "192.0.2.7")])
        #expect(handler.messages.first?.envelope.recipients == ["x@y.test"])
        #expect(session.envelope.mailFrom.isEmpty && session.envelope.recipients.isEmpty)
        #expect(session.envelope.clientHostname == "client")
    }

    @Test func afterQuitNothingIsAnswered() {
        var session = session()
        #expect(codes(&session, ["QUIT", "NOOP"]) == [221, 0])
        #expect(session.receive(.tooLong) == nil)
    }

    @Test func theLineLimitFollowsThePhase() {
        var session = session { $0.maxLineBytes = 2000; $0.maxCommandLineBytes = 300 }
        #expect(session.lineLimit == 300)
        _ = codes(&session, ["HELO c", "MAIL FROM:<a@b.test>", "RCPT TO:<x@y.test>", "DATA"])
        #expect(session.lineLimit == 2000)
        #expect(session.receive(.tooLong) == nil) // Inside DATA: remembered, answered after the dot.
        #expect(session.receive(.line(Array(".".utf8), crlf: true))?.code == 554)
        #expect(session.lineLimit == 300)
    }

    @Test func nonsensicalLimitsAreRaisedToWorkableOnes() {
        let settings = SMTPSession.Settings(SMTPServerConfiguration(maxLineBytes: 0, maxCommandLineBytes: -5, maxMessageBytes: -1, maxRecipients: 0))
        #expect(settings.maxLineBytes == 3)
        #expect(settings.maxCommandLineBytes == 3)
        #expect(settings.maxMessageBytes == 0)
        #expect(settings.maxRecipients == 1)
    }

    @Test func theGreetingNamesTheHost() {
        #expect(session { $0.hostname = "mx.example" }.greeting == SMTPReply(code: 220, text: "mx.example ESMTP SMSContract ready"))
    }
}
