import Testing
@testable import Wire

@Suite struct SMTPServerBasicsTests {
    @Test func greetsWith220AndTheHostname() throws {
        let server = try startSMTPServer { $0.hostname = "mx.test" }
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port, readGreeting: false)
        #expect(try client.reply() == ["220 mx.test ESMTP SMSContract ready"])
    }

    @Test func ehloAdvertisesTheExtensions() throws {
        let server = try startSMTPServer { $0.maxMessageBytes = 12345 }
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        try client.send("EHLO client.test\r\n")
        #expect(try client.reply() == [
            "250-smscontract.local greets client.test", "250-SIZE 12345", "250-8BITMIME", "250-PIPELINING", "250 ENHANCEDSTATUSCODES",
        ])
    }

    @Test func heloAnswersWithTheHostname() throws {
        try withSMTPSession { (client, handler) throws in
            #expect(try client.command("HELO client.test") == "250 smscontract.local")
            #expect(try client.command("MAIL FROM:<a@b.test>") == "250 2.1.0 Sender OK")
        }
    }

    @Test func aTransactionDeliversTheMessageAndItsEnvelope() throws {
        try withSMTPSession { (client, handler) throws in
            _ = try client.command("EHLO client.test")
            #expect(try client.command("MAIL FROM:<user@your_domain.com>") == "250 2.1.0 Sender OK")
            #expect(try client.command("RCPT TO:<61409000000@mail.completesms.net>") == "250 2.1.5 Recipient OK")
            #expect(try client.command("DATA") == "354 End data with <CR><LF>.<CR><LF>")
            #expect(try client.command("Subject: Alert\r\n\r\nServer 23 is offline.\r\n.") == "250 2.0.0 Queued as 1")
            #expect(try client.command("QUIT") == "221 2.0.0 smscontract.local closing connection")
            #expect(client.isClosedByServer())
            let message = try #require(handler.messages.first)
            #expect(message.text == "Subject: Alert\r\n\r\nServer 23 is offline.\r\n")
            #expect(message.envelope == SMTPEnvelope(
                mailFrom: "user@your_domain.com", recipients: ["61409000000@mail.completesms.net"],
                clientHostname: "client.test", remoteAddress: "127.0.0.1"
            ))
        }
    }

    @Test(arguments: [
        ("MAIL FROM:<>", ""),
        ("MAIL FROM:<a@b.test> SIZE=100 BODY=8BITMIME", "a@b.test"),
        ("mail from: <a@b.test> body=7bit", "a@b.test"),
        ("MAIL FROM:<@relay.test:a@b.test>", "a@b.test"),
        ("MAIL FROM:<\"john doe\"@b.test>", "\"john doe\"@b.test"),
    ])
    func mailFromVariantsAreAccepted(command: String, sender: String) throws {
        try withSMTPSession { (client, handler) throws in
            _ = try client.command("EHLO c")
            #expect(try client.command(command).hasPrefix("250 "))
            #expect(handler.mailFromEnvelopes.map(\.mailFrom) == [sender])
        }
    }

    @Test(arguments: [
        ("RSET", "250 2.0.0 Flushed"),
        ("NOOP", "250 2.0.0 OK"),
        ("NOOP anything", "250 2.0.0 OK"),
        ("VRFY someone", "252 2.5.0 Cannot VRFY user, but will accept message and attempt delivery"),
        ("HELP", "214 2.0.0 See RFC 5321"),
    ])
    func simpleCommands(command: String, expected: String) throws {
        try withSMTPSession { (client, handler) throws in
            #expect(try client.command(command) == expected)
        }
    }

    @Test func pipelinedCommandsAreAnsweredInOrder() throws {
        try withSMTPSession { (client, handler) throws in
            try client.send("EHLO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nRCPT TO:<refuse@y.test>\r\nRCPT TO:<z@y.test>\r\nDATA\r\n")
            #expect(try client.reply().last == "250 ENHANCEDSTATUSCODES")
            #expect(try (0..<5).map { _ in try client.code() } == [250, 250, 550, 250, 354])
            try client.send("hello\r\n.\r\nNOOP\r\nQUIT\r\n")
            #expect(try (0..<3).map { _ in try client.code() } == [250, 250, 221])
            #expect(handler.messages.map(\.envelope.recipients) == [["x@y.test", "z@y.test"]])
        }
    }

    @Test func pipelinedCommandsSplitAcrossWritesAreAnsweredInOrder() throws {
        try withSMTPSession { (client, handler) throws in
            try client.send("EH")
            try client.send("LO c\r\nNO")
            #expect(try client.reply().count == 5)
            try client.send("OP\r\nRSET\r")
            try client.send("\nQUIT\r\n")
            #expect(try (0..<3).map { _ in try client.code() } == [250, 250, 221])
        }
    }

    @Test func dotStuffingIsRemoved() throws {
        try withSMTPSession { (client, handler) throws in
            try client.send("HELO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nDATA\r\n")
            _ = try (0..<4).map { _ in try client.code() }
            try client.send("..\r\n...leading dots\r\n.x\r\n . not at the start\r\n.\r\n")
            #expect(try client.code() == 250)
            #expect(handler.messages.first?.text == ".\r\n..leading dots\r\nx\r\n . not at the start\r\n")
        }
    }

    @Test func severalMessagesOnOneConnection() throws {
        try withSMTPSession { (client, handler) throws in
            _ = try client.command("EHLO c")
            for index in 1...3 {
                _ = try client.command("MAIL FROM:<s\(index)@b.test>")
                _ = try client.command("RCPT TO:<r\(index)@y.test>")
                _ = try client.command("DATA")
                #expect(try client.command("message \(index)\r\n.") == "250 2.0.0 Queued as \(index)")
            }
            #expect(handler.messages.map(\.text) == ["message 1\r\n", "message 2\r\n", "message 3\r\n"])
            #expect(handler.messages.map(\.envelope.mailFrom) == ["s1@b.test", "s2@b.test", "s3@b.test"])
            #expect(handler.messages.map(\.envelope.recipients) == [["r1@y.test"], ["r2@y.test"], ["r3@y.test"]])
        }
    }

    @Test func aRefusedRecipientLeavesTheOthers() throws {
        try withSMTPSession { (client, handler) throws in
            _ = try client.command("EHLO c")
            _ = try client.command("MAIL FROM:<a@b.test>")
            #expect(try client.command("RCPT TO:<one@y.test>") == "250 2.1.5 Recipient OK")
            #expect(try client.command("RCPT TO:<refuse@y.test>") == "550 5.1.1 No such user")
            #expect(try client.command("RCPT TO:<two@y.test>") == "250 2.1.5 Recipient OK")
            _ = try client.command("DATA")
            #expect(try client.command("x\r\n.") == "250 2.0.0 Queued as 1")
            #expect(handler.messages.first?.envelope.recipients == ["one@y.test", "two@y.test"])
        }
    }

    @Test func bareLineFeedsAreToleratedInCommandsAndData() throws {
        try withSMTPSession { (client, handler) throws in
            try client.send("HELO c\nMAIL FROM:<a@b.test>\nRCPT TO:<x@y.test>\nDATA\nline one\n..two\r\n.\nQUIT\n")
            #expect(try (0..<6).map { _ in try client.code() } == [250, 250, 250, 354, 250, 221])
            #expect(handler.messages.first?.text == "line one\n.two\r\n")
        }
    }

    @Test func eightBitDataArrivesUnchanged() throws {
        try withSMTPSession { (client, handler) throws in
            try client.send("EHLO c\r\nMAIL FROM:<a@b.test> BODY=8BITMIME\r\nRCPT TO:<x@y.test>\r\nDATA\r\n")
            _ = try (0..<4).map { _ in try client.reply() }
            try client.send([0xC3, 0xA9, 0x00, 0xFF, 13, 10] + Array(".\r\n".utf8))
            #expect(try client.code() == 250)
            #expect(handler.messages.first?.data == [0xC3, 0xA9, 0x00, 0xFF, 13, 10])
        }
    }
}
