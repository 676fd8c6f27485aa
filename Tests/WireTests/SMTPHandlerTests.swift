import Testing
@testable import Wire

@Suite struct SMTPHandlerTests {
    private struct AcceptEverything: SMTPHandler {}

    @Test func theDefaultsAcceptEverything() {
        let handler = AcceptEverything(), envelope = SMTPEnvelope()
        #expect(handler.mailFrom("a@b.test", envelope: envelope) == SMTPReply(code: 250, enhancedStatus: "2.1.0", text: "Sender OK"))
        #expect(handler.recipient("x@y.test", envelope: envelope) == SMTPReply(code: 250, enhancedStatus: "2.1.5", text: "Recipient OK"))
        #expect(handler.message([], envelope: envelope) == .ok("Message accepted"))
    }

    @Test func aServerWithTheDefaultsAcceptsAMessage() throws {
        let server = try startSMTPServer(handler: AcceptEverything())
        defer { server.shutdown() }
        let transcript = try SMTPClient(host: "127.0.0.1", port: server.port, timeout: .seconds(5))
            .send(from: "a@b.test", to: ["x@y.test"], message: Array("hi\r\n".utf8))
        #expect(transcript.map(\.reply.code) == [220, 250, 250, 250, 354, 250, 221])
    }
}
