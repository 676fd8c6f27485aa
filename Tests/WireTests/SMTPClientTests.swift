import Testing
@testable import Wire

@Suite struct SMTPClientTests {
    private func client(_ port: UInt16, timeout: Duration = .seconds(5)) -> SMTPClient {
        SMTPClient(host: "127.0.0.1", port: port, timeout: timeout)
    }

    private static let message = Array("Subject: Alert\r\n\r\nServer 23 is offline.\r\n".utf8)

    @Test func sendsOneTransactionAndRecordsEveryReply() throws {
        let handler = RecordingSMTPHandler()
        let server = try startSMTPServer(handler: handler)
        defer { server.shutdown() }
        let transcript = try client(server.port).send(from: "user@your_domain.com", to: ["61409000000@mail.completesms.net"], message: Self.message)
        #expect(transcript.map(\.command) == ["connect", "EHLO", "MAIL FROM", "RCPT TO", "DATA", ".", "QUIT"])
        #expect(transcript.map(\.argument) == [nil, "smscontract.test", "<user@your_domain.com>", "<61409000000@mail.completesms.net>", nil, nil, nil])
        #expect(transcript.map(\.reply.code) == [220, 250, 250, 250, 354, 250, 221])
        #expect(transcript[5].reply == .ok("Queued as 1"))
        #expect(transcript[1].reply.lines.contains("SIZE 10485760"))
        #expect(handler.messages.first?.data == Self.message)
        #expect(handler.messages.first?.envelope.clientHostname == "smscontract.test")
    }

    @Test(arguments: [
        ("..\r\n.\r\n.x\r\nend", "..\r\n.\r\n.x\r\nend\r\n"),
        ("bare\nline feeds\n.\n", "bare\r\nline feeds\r\n.\r\n"),
        ("", ""),
    ])
    func dotStuffsTheMessageSoItArrivesIntact(message: String, received: String) throws {
        let handler = RecordingSMTPHandler()
        let server = try startSMTPServer(handler: handler)
        defer { server.shutdown() }
        _ = try client(server.port).send(from: "", to: ["x@y.test"], message: Array(message.utf8))
        #expect(handler.messages.first?.text == received)
    }

    @Test func aRefusedRecipientAmongAcceptedOnes() throws {
        let handler = RecordingSMTPHandler()
        let server = try startSMTPServer(handler: handler)
        defer { server.shutdown() }
        let transcript = try client(server.port).send(from: "a@b.test", to: ["one@y.test", "refuse@y.test", "two@y.test"], message: Self.message)
        #expect(transcript.map(\.reply.code) == [220, 250, 250, 250, 550, 250, 354, 250, 221])
        #expect(handler.messages.first?.envelope.recipients == ["one@y.test", "two@y.test"])
    }

    @Test(arguments: [
        ("blocked@b.test", ["x@y.test"], ["connect", "EHLO", "MAIL FROM", "QUIT"], 550),
        ("a@b.test", ["refuse1@y.test", "refuse2@y.test"], ["connect", "EHLO", "MAIL FROM", "RCPT TO", "RCPT TO", "QUIT"], 550),
        ("a@b.test", [], ["connect", "EHLO", "MAIL FROM", "QUIT"], 250),
    ])
    func stopsAtARefusalThatEndsTheTransactionButStillQuits(from: String, to: [String], commands: [String], lastRefusal: Int) throws {
        let handler = RecordingSMTPHandler()
        let server = try startSMTPServer(handler: handler)
        defer { server.shutdown() }
        let transcript = try client(server.port).send(from: from, to: to, message: Self.message)
        #expect(transcript.map(\.command) == commands)
        #expect(transcript.dropLast().last?.reply.code == lastRefusal)
        #expect(transcript.last?.reply.code == 221)
        #expect(handler.messages.isEmpty)
    }

    @Test func aRefusedMessageIsRecordedAtTheDot() throws {
        let server = try startSMTPServer { $0.maxMessageBytes = 10 }
        defer { server.shutdown() }
        let transcript = try client(server.port).send(from: "a@b.test", to: ["x@y.test"], message: Self.message)
        #expect(transcript.map(\.command).suffix(2) == [".", "QUIT"])
        #expect(transcript.dropLast().last?.reply.code == 552)
    }

    @Test func fallsBackToHeloWhenEhloIsUnknown() throws {
        let server = try SMTPScriptedServer(greeting: "220 old\r\n", replies: [
            "500 what?\r\n", "250 old\r\n", "250 ok\r\n", "250 ok\r\n", "354 go\r\n", "250 sent\r\n", "221 bye\r\n",
        ])
        defer { server.shutdown() }
        let transcript = try client(server.port).send(from: "a@b.test", to: ["x@y.test"], message: Array("hi".utf8))
        #expect(transcript.map(\.command) == ["connect", "EHLO", "HELO", "MAIL FROM", "RCPT TO", "DATA", ".", "QUIT"])
        #expect(server.received == ["EHLO smscontract.test", "HELO smscontract.test", "MAIL FROM:<a@b.test>", "RCPT TO:<x@y.test>", "DATA", "hi", ".", "QUIT"])
    }

    @Test(arguments: [
        ("554 go away\r\n", [String](), ["connect", "QUIT"]),
        ("421 busy\r\n", [], ["connect"]),
        ("220 hi\r\n", ["250 hi\r\n", "421 4.3.2 shutting down\r\n"], ["connect", "EHLO", "MAIL FROM"]),
        ("220 hi\r\n", ["250 hi\r\n", "250 ok\r\n", "421 4.3.2 bye\r\n"], ["connect", "EHLO", "MAIL FROM", "RCPT TO"]),
        ("220 hi\r\n", ["250 hi\r\n", "250 ok\r\n", "250 ok\r\n", "451 later\r\n", "close"], ["connect", "EHLO", "MAIL FROM", "RCPT TO", "DATA"]),
    ])
    func refusalsAndClosingServers(greeting: String, replies: [String], commands: [String]) throws {
        let server = try SMTPScriptedServer(greeting: greeting, replies: replies)
        defer { server.shutdown() }
        let transcript = try client(server.port).send(from: "a@b.test", to: ["x@y.test"], message: Self.message)
        #expect(transcript.map(\.command) == commands)
    }

    @Test func aServerClosingMidTransactionIsAnErrorWithTheTranscript() throws {
        let server = try SMTPScriptedServer(greeting: "220 hi\r\n", replies: ["250 hi\r\n", "close"])
        defer { server.shutdown() }
        #expect {
            _ = try client(server.port).send(from: "a@b.test", to: ["x@y.test"], message: Self.message)
        } throws: { error in
            guard case let .connectionClosed(transcript)? = error as? SMTPClientError else { return false }
            return transcript.map(\.command) == ["connect", "EHLO"]
        }
    }

    @Test func aMalformedReplyIsAnError() throws {
        let server = try SMTPScriptedServer(greeting: "220 hi\r\n", replies: ["hello there\r\n"])
        defer { server.shutdown() }
        #expect {
            _ = try client(server.port).send(from: "a@b.test", to: ["x@y.test"], message: Self.message)
        } throws: { error in
            guard case let .malformedReply(reason, transcript)? = error as? SMTPClientError else { return false }
            return reason.contains("three-digit code") && transcript.count == 1
        }
    }

    @Test func aSilentServerTimesOut() throws {
        let server = try SMTPScriptedServer(greeting: "", replies: [])
        defer { server.shutdown() }
        #expect(throws: SMTPClientError.timedOut(transcript: [])) {
            _ = try client(server.port, timeout: .milliseconds(100)).send(from: "a@b.test", to: ["x@y.test"], message: [])
        }
    }

    @Test func nobodyListeningFailsToConnect() throws {
        let server = try startSMTPServer()
        let port = server.port
        server.shutdown()
        #expect {
            _ = try client(port).send(from: "a@b.test", to: ["x@y.test"], message: [])
        } throws: { error in
            guard case .connectFailed(_, port, _)? = error as? SMTPClientError else { return false }
            return true
        }
    }

    @Test(arguments: [("a@b.test>", ["x@y.test"]), ("a@b.test", [""]), ("a@b.test", ["x@y.test\r\nRSET"]), ("a b@c.test", ["x@y.test"])])
    func refusesArgumentsThatWouldBreakTheDialogue(from: String, to: [String]) {
        #expect(throws: SMTPClientError.self) { _ = try client(1).send(from: from, to: to, message: []) }
    }

    @Test func connectsToAnEndpointFromAURL() throws {
        let server = try startSMTPServer()
        defer { server.shutdown() }
        let client = SMTPClient(endpoint: try SMTPEndpoint(url: "smtp://127.0.0.1:\(server.port)"), timeout: .seconds(5), heloName: "me.test")
        let transcript = try client.send(from: "a@b.test", to: ["x@y.test"], message: Self.message)
        #expect(transcript[1].argument == "me.test")
        #expect(transcript[3].description == "RCPT TO <x@y.test> → 250 2.1.5 Recipient OK")
    }
}
