import Testing
@testable import Wire

@Suite struct SMTPServerErrorTests {
    /// Opens a session, sends each of `setup` (answers ignored), then `command`; returns its reply's last line.
    private func reply(to command: String, after setup: [String], _ configure: (inout SMTPServerConfiguration) -> Void = { _ in }) throws -> String {
        let server = try startSMTPServer(configure)
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        for line in setup { _ = try client.command(line) }
        return try client.command(command)
    }

    static let greeted = ["EHLO c"]
    static let inMail = ["EHLO c", "MAIL FROM:<a@b.test>"]

    @Test(arguments: [
        ("FROB", [String](), "500 5.5.2 Command unrecognized: FROB"),
        ("", [], "500 5.5.2 Empty command line"),
        ("\u{1}\u{2}\u{7F}é", [], "500 5.5.2 Command unrecognized: ????"),
        ("EXPN staff", [], "502 5.5.1 EXPN command not implemented"),
        ("TURN", [], "502 5.5.1 TURN command not implemented"),
        ("STARTTLS", greeted, "502 5.5.1 STARTTLS command not implemented"),
        ("AUTH PLAIN x", greeted, "502 5.5.1 AUTH command not implemented"),
    ])
    func unknownAndUnimplementedCommands(command: String, setup: [String], expected: String) throws {
        #expect(try reply(to: command, after: setup) == expected)
    }

    @Test(arguments: [
        ("MAIL FROM:<a@b.test>", [String](), "503 5.5.1 Send EHLO or HELO first"),
        ("RCPT TO:<x@y.test>", [], "503 5.5.1 Send EHLO or HELO first"),
        ("RCPT TO:<x@y.test>", greeted, "503 5.5.1 Need MAIL before RCPT"),
        ("DATA", [], "503 5.5.1 Send EHLO or HELO first"),
        ("DATA", greeted, "503 5.5.1 Need MAIL command"),
        ("DATA", inMail, "503 5.5.1 Need RCPT command (no valid recipients)"),
        ("DATA", inMail + ["RCPT TO:<refuse@y.test>"], "503 5.5.1 Need RCPT command (no valid recipients)"),
        ("MAIL FROM:<c@d.test>", inMail, "503 5.5.1 Nested MAIL command"),
        ("RCPT TO:<x@y.test>", inMail + ["RSET"], "503 5.5.1 Need MAIL before RCPT"),
        ("RCPT TO:<x@y.test>", greeted + ["MAIL FROM:<blocked@b.test>"], "503 5.5.1 Need MAIL before RCPT"),
    ])
    func commandsOutOfSequenceGet503(command: String, setup: [String], expected: String) throws {
        #expect(try reply(to: command, after: setup) == expected)
    }

    @Test(arguments: [
        ("EHLO", [String](), "501 5.5.4 Syntax: EHLO hostname"),
        ("HELO ", [], "501 5.5.4 Syntax: HELO hostname"),
        ("MAIL FROM:a@b.test", greeted, "501 5.5.4 Syntax: MAIL FROM:<address>"),
        ("MAIL TO:<a@b.test>", greeted, "501 5.5.4 Syntax: MAIL FROM:<address>"),
        ("MAIL FROM:<a@b.test", greeted, "501 5.5.4 Syntax: MAIL FROM:<address>"),
        ("MAIL FROM:<a@b.test>junk", greeted, "501 5.5.4 Syntax: MAIL FROM:<address>"),
        ("MAIL FROM:<a b@c.test>", greeted, "501 5.1.7 Bad sender address syntax"),
        ("MAIL FROM:<nodomain>", greeted, "501 5.1.7 Bad sender address syntax"),
        ("MAIL FROM:<a@b..test>", greeted, "501 5.1.7 Bad sender address syntax"),
        ("MAIL FROM:<a@b.test> SIZE=ten", greeted, "501 5.5.4 Bad SIZE value: ten"),
        ("MAIL FROM:<a@b.test> SIZE", greeted, "501 5.5.4 SIZE needs a value"),
        ("MAIL FROM:<a@b.test> BODY=BINARYMIME", greeted, "501 5.5.4 Unsupported BODY value: BINARYMIME"),
        ("MAIL FROM:<a@b.test> SIZE=1 SIZE=2", greeted, "501 5.5.4 Duplicate parameter SIZE"),
        ("MAIL FROM:<a@b.test> =x", greeted, "501 5.5.4 Bad parameter syntax: =x"),
        ("MAIL FROM:<a@b.test> SMTPUTF8", greeted, "555 5.5.4 Unsupported MAIL parameter SMTPUTF8"),
        ("RCPT TO:<>", inMail, "501 5.1.3 Bad recipient address syntax"),
        ("RCPT TO:x@y.test", inMail, "501 5.5.4 Syntax: RCPT TO:<address>"),
        ("RCPT TO:<x@y.test> NOTIFY=NEVER", inMail, "555 5.5.4 Unsupported RCPT parameter NOTIFY"),
        ("DATA now", inMail + ["RCPT TO:<x@y.test>"], "501 5.5.4 Syntax: DATA"),
        ("RSET all", [], "501 5.5.4 Syntax: RSET"),
        ("VRFY", [], "501 5.5.4 Syntax: VRFY address"),
    ])
    func syntaxErrorsGet501(command: String, setup: [String], expected: String) throws {
        #expect(try reply(to: command, after: setup) == expected)
    }

    @Test func postmasterIsAValidRecipientWithoutADomain() throws {
        #expect(try reply(to: "RCPT TO:<Postmaster>", after: Self.inMail) == "250 2.1.5 Recipient OK")
    }

    @Test func declaredSizeOverTheLimitGets552() throws {
        let line = try reply(to: "MAIL FROM:<a@b.test> SIZE=1001", after: Self.greeted) { $0.maxMessageBytes = 1000 }
        #expect(line == "552 5.3.4 Message size exceeds fixed limit of 1000 bytes")
        #expect(try reply(to: "MAIL FROM:<a@b.test> SIZE=99999999999999999999999", after: Self.greeted).hasPrefix("552 5.3.4 "))
        #expect(try reply(to: "MAIL FROM:<a@b.test> SIZE=1000", after: Self.greeted) { $0.maxMessageBytes = 1000 }.hasPrefix("250 "))
    }

    @Test func tooManyRecipientsGet452() throws {
        let line = try reply(to: "RCPT TO:<r3@y.test>", after: Self.inMail + ["RCPT TO:<r1@y.test>", "RCPT TO:<r2@y.test>"]) {
            $0.maxRecipients = 2
        }
        #expect(line == "452 4.5.3 Too many recipients (limit 2)")
    }

    @Test func aSenderRefusedByTheHandlerLeavesNoTransaction() throws {
        #expect(try reply(to: "MAIL FROM:<blocked@b.test>", after: Self.greeted) == "550 5.7.1 Sender blocked")
    }

    @Test func aHandlerReplyWithAnInvalidCodeBecomes451() throws {
        #expect(try reply(to: "RCPT TO:<broken@y.test>", after: Self.inMail) == "451 4.3.0 Local error: the handler answered with code 999")
    }

    @Test func aCommandLineOfOneMegabyteGets500AndIsDiscarded() throws {
        try withSMTPSession { (client, handler) throws in
            try client.send("NOOP " + String(repeating: "x", count: 1 << 20) + "\r\nNOOP\r\n")
            #expect(try client.line() == "500 5.5.2 Line too long (limit 512 bytes)")
            #expect(try client.line() == "250 2.0.0 OK")
        }
    }

    @Test func aCommandLineOneByteOverTheLimitIsRefusedAndOneAtTheLimitIsNot() throws {
        try withSMTPSession { (client, handler) throws in
            let atLimit = "NOOP " + String(repeating: "x", count: 505) // 510 bytes + CRLF = 512.
            #expect(try client.command(atLimit) == "250 2.0.0 OK")
            #expect(try client.command(atLimit + "x") == "500 5.5.2 Line too long (limit 512 bytes)")
            #expect(try client.command("NOOP") == "250 2.0.0 OK")
        }
    }

    @Test func aOneMegabyteLineInDataRefusesTheMessageAfterTheDot() throws {
        try withSMTPSession { (client, handler) throws in
            for line in Self.inMail + ["RCPT TO:<x@y.test>", "DATA"] { _ = try client.command(line) }
            try client.send("short line\r\n" + String(repeating: "y", count: 1 << 20) + "\r\nafter\r\n.\r\n")
            #expect(try client.line() == "554 5.6.0 Message refused: line 2 is longer than 1000 bytes")
            #expect(handler.messages.isEmpty)
            // The connection goes on: the next transaction is accepted.
            for line in ["MAIL FROM:<a@b.test>", "RCPT TO:<x@y.test>", "DATA"] { _ = try client.command(line) }
            #expect(try client.command("fine\r\n.") == "250 2.0.0 Queued as 1")
        }
    }

    @Test func aMessageOverTheSizeLimitGets552AfterTheDotAndTheConnectionStays() throws {
        let handler = RecordingSMTPHandler()
        let server = try startSMTPServer(handler: handler) { $0.maxMessageBytes = 100 }
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        for line in Self.inMail + ["RCPT TO:<x@y.test>", "DATA"] { _ = try client.command(line) }
        try client.send(String(repeating: "0123456789\r\n", count: 20) + ".\r\n")
        #expect(try client.line() == "552 5.3.4 Message of 240 bytes exceeds fixed limit of 100 bytes")
        #expect(try client.command("NOOP") == "250 2.0.0 OK")
        for line in ["MAIL FROM:<a@b.test>", "RCPT TO:<x@y.test>", "DATA"] { _ = try client.command(line) }
        #expect(try client.command("small\r\n.") == "250 2.0.0 Queued as 1")
    }

    @Test func dataWithoutRecipientsIsRefusedAndThePipelinedTextIsReadAsCommands() throws {
        try withSMTPSession { (client, handler) throws in
            _ = try client.command("EHLO c")
            try client.send("MAIL FROM:<a@b.test>\r\nDATA\r\nHello there\r\n.\r\n")
            #expect(try client.code() == 250)
            #expect(try client.line() == "503 5.5.1 Need RCPT command (no valid recipients)")
            #expect(try client.line() == "500 5.5.2 Command unrecognized: Hello")
            #expect(try client.line() == "500 5.5.2 Command unrecognized: .")
        }
    }

    @Test func aMessageRefusedByTheHandlerEndsTheTransaction() throws {
        try withSMTPSession { (client, handler) throws in
            for line in Self.inMail + ["RCPT TO:<x@y.test>", "DATA"] { _ = try client.command(line) }
            #expect(try client.command("REJECT-ME\r\n.") == "554 5.7.1 Content refused")
            #expect(try client.command("RCPT TO:<x@y.test>") == "503 5.5.1 Need MAIL before RCPT")
        }
    }

    @Test func disconnectingMidDataDropsTheMessageAndTheServerGoesOn() throws {
        let handler = RecordingSMTPHandler(), recorder = EventRecorder()
        let server = try startSMTPServer(handler: handler, recorder: recorder)
        defer { server.shutdown() }
        do {
            let client = try SMTPTestClient(port: server.port)
            for line in Self.inMail + ["RCPT TO:<x@y.test>", "DATA"] { _ = try client.command(line) }
            try client.send("half a message\r\nand no end")
            client.raw.shutdownWrite()
            #expect(client.isClosedByServer())
        }
        #expect(recorder.waitForClosed(1))
        #expect(handler.messages.isEmpty)
        let next = try SMTPTestClient(port: server.port)
        #expect(try next.command("NOOP") == "250 2.0.0 OK")
    }

    @Test func binaryGarbageNeverBreaksTheServer() throws {
        let server = try startSMTPServer()
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        var state: UInt64 = 0x5EED // A fixed xorshift sequence: the same "random" bytes on every run.
        let garbage = (0..<200_000).map { _ -> UInt8 in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
        try client.send(garbage + Array("\r\nNOOP\r\n".utf8))
        var last = ""
        while !last.hasPrefix("250") { last = try client.line() } // Some 500s, then NOOP's answer.
        #expect(last == "250 2.0.0 OK")
        let other = try SMTPTestClient(port: server.port)
        #expect(try other.command("QUIT").hasPrefix("221"))
    }
}
