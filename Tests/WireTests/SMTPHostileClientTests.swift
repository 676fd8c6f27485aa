import Testing
@testable import Wire

/// Hostile and broken SMTP clients each get their reply (or a close) while another client on a fresh
/// connection completes a whole transaction. Socket time-outs are safety nets, never assertions.
@Suite struct SMTPHostileClientTests {
    static let transaction = ["EHLO c", "MAIL FROM:<a@b.test>", "RCPT TO:<x@y.test>", "DATA"]

    /// A well-behaved client on a new connection gets a message accepted.
    private func expectAnotherClientIsServed(_ server: SMTPServer, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let polite = try SMTPTestClient(port: server.port)
        for line in Self.transaction { _ = try polite.command(line) }
        #expect(try polite.command("polite message\r\n.").hasPrefix("250 2.0.0 Queued"), sourceLocation: sourceLocation)
        #expect(try polite.command("QUIT").hasPrefix("221"), sourceLocation: sourceLocation)
    }

    @Test func aMegabyteCommandLineSentSlowlyGets500WhileOthersAreServed() throws {
        let handler = RecordingSMTPHandler(), recorder = EventRecorder()
        let server = try startSMTPServer(handler: handler, recorder: recorder)
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        let half = "NOOP " + String(repeating: "x", count: 1 << 19)
        try client.send(half)
        #expect(recorder.waitForReceived(atLeast: half.utf8.count))
        try expectAnotherClientIsServed(server) // While the long line is half sent.
        try client.send(String(repeating: "x", count: 1 << 19) + "\r\nNOOP\r\n")
        #expect(try client.line() == "500 5.5.2 Line too long (limit 512 bytes)")
        #expect(try client.line() == "250 2.0.0 OK")
        #expect(handler.messages.count == 1)
    }

    @Test func aMegabyteLineInsideDataRefusesOnlyThatMessage() throws {
        let handler = RecordingSMTPHandler(), recorder = EventRecorder()
        let server = try startSMTPServer(handler: handler, recorder: recorder)
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        for line in Self.transaction { _ = try client.command(line) }
        let half = "start\r\n" + String(repeating: "y", count: 1 << 19)
        try client.send(half)
        #expect(recorder.waitForReceived(atLeast: half.utf8.count))
        try expectAnotherClientIsServed(server)
        try client.send(String(repeating: "y", count: 1 << 19) + "\r\n.\r\n")
        #expect(try client.line() == "554 5.6.0 Message refused: line 2 is longer than 1000 bytes")
        #expect(try client.command("NOOP") == "250 2.0.0 OK")
        #expect(handler.messages.map(\.text) == ["polite message\r\n"])
    }

    @Test(arguments: [
        ([String](), "503 5.5.1 Send EHLO or HELO first"),
        (["EHLO c"], "503 5.5.1 Need MAIL command"),
        (["EHLO c", "MAIL FROM:<a@b.test>"], "503 5.5.1 Need RCPT command (no valid recipients)"),
        (["EHLO c", "MAIL FROM:<a@b.test>", "RCPT TO:<refuse@y.test>"], "503 5.5.1 Need RCPT command (no valid recipients)"),
    ])
    func dataWithoutRecipientsIsRefusedAndItsTextNeverBecomesAMessage(setup: [String], expected: String) throws {
        let handler = RecordingSMTPHandler()
        let server = try startSMTPServer(handler: handler)
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        for line in setup { _ = try client.command(line) }
        try client.send("DATA\r\nRCPT TO:<x@y.test>\r\n.\r\n")
        #expect(try client.line() == expected)
        _ = try client.line() // The would-be text is read as commands: RCPT gets 503 or 250, never a message.
        #expect(try client.line().hasPrefix("500 5.5.2"))
        try expectAnotherClientIsServed(server)
        #expect(handler.messages.count == 1)
    }

    @Test func clientsVanishingMidDataLoseOnlyTheirOwnMessages() throws {
        let handler = RecordingSMTPHandler(), recorder = EventRecorder()
        let server = try startSMTPServer(handler: handler, recorder: recorder)
        defer { server.shutdown() }
        for index in 0..<40 {
            let client = try SMTPTestClient(port: server.port)
            for line in Self.transaction { _ = try client.command(line) }
            try client.send("part of message \(index)\r\nand a line without its end")
            switch index % 3 {
            case 0: client.raw.shutdownWrite()
            case 1: client.raw.resetOnClose()
            default: break // Closed when `client` goes out of scope.
            }
            if index % 10 == 0 { try expectAnotherClientIsServed(server) }
        }
        #expect(recorder.waitForClosed(44))
        #expect(handler.messages.map(\.text) == Array(repeating: "polite message\r\n", count: 4))
        try expectAnotherClientIsServed(server)
    }

    @Test func aThousandConnectionsDroppedAfterTheGreetingLeaveNothingBehind() throws {
        let recorder = EventRecorder()
        let server = try startSMTPServer(recorder: recorder)
        defer { server.shutdown() }
        let total = 1000
        try RawClient.churn(port: server.port, total: total) { number, client in
            switch number % 3 {
            case 0: try? client.send("EHLO half-a-comm")
            case 1: client.resetOnClose()
            default: try? client.send("EHLO c\r\nMAIL FROM:<a@b.test>\r\n")
            }
        }
        #expect(recorder.waitForClosed(total))
        try expectAnotherClientIsServed(server)
    }

    @Test(arguments: [0x5EED, 0xFACE, 0xD1CE, 99] as [UInt64])
    func randomBytesGetRepliesAndTheSessionGoesOn(seed: UInt64) throws {
        let server = try startSMTPServer()
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        try client.send(RawClient.randomBytes(count: 64 * 1024, seed: seed) + Array("\r\nNOOP\r\n".utf8))
        var last = ""
        while !last.hasPrefix("250 2.0.0 OK") { last = try client.line() }
        try expectAnotherClientIsServed(server)
    }
}
