import Dispatch
import Testing
@testable import Wire

/// Hostile and broken HTTP clients each get their status (or a close), and meanwhile another client's
/// request on a fresh connection is still answered. Socket time-outs are safety nets, never assertions.
@Suite struct HTTPHostileClientTests {
    /// A request from a well-behaved client on a new connection completes.
    private func expectAnotherClientIsServed(_ server: HTTPServer, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let polite = try RawClient(port: server.port)
        try polite.send("GET /polite HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try polite.readResponse()
        #expect(response.status == 200 && response.body.contains("/polite"), sourceLocation: sourceLocation)
    }

    /// Sends `bytes` from another thread: the server may answer and close before taking all of them.
    private func sendInBackground(_ client: RawClient, _ bytes: [UInt8]) -> DispatchGroup {
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { try? client.send(bytes) }
        return group
    }

    @Test func aHundredKilobyteHeaderGets431() throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        let head = "GET / HTTP/1.1\r\nHost: x\r\nX-Huge: \(String(repeating: "h", count: 100 * 1024))\r\n\r\n"
        let sending = sendInBackground(client, Array(head.utf8))
        try expectAnotherClientIsServed(server)
        let response = try client.readResponse()
        #expect(response.status == 431)
        #expect(client.readToEnd().end == .endOfStream)
        sending.wait()
        try expectAnotherClientIsServed(server)
    }

    @Test(arguments: ["10737418240", "99999999999999999999999999"])
    func aHugeContentLengthGets413BeforeAnyBody(length: String) throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \(length)\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 413)
        #expect(client.readToEnd().end == .endOfStream)
        try expectAnotherClientIsServed(server)
    }

    @Test func aBodyShorterThanItsContentLengthGets408WhenItStalls() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let server = try startServer(recorder: recorder) { $0.clock = clock }
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        let partial = "POST /short HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten b"
        try client.send(partial)
        recorder.waitForReceived(atLeast: partial.utf8.count)
        try expectAnotherClientIsServed(server)
        clock.advance(by: .seconds(31))
        #expect(try client.readResponse().status == 408)
        #expect(client.readToEnd().end == .endOfStream)
    }

    @Test func aBodyShorterThanItsContentLengthThenHalfCloseIsDroppedUnanswered() throws {
        let handler = DeferringHandler()
        let server = try startServer(handler: handler)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("POST /defer HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten b")
        client.shutdownWrite()
        let (text, end) = client.readToEnd()
        #expect(text.isEmpty)
        #expect(end == .endOfStream)
        try expectAnotherClientIsServed(server)
        #expect(handler.waitForHeld(0).isEmpty) // The incomplete request never reached the handler.
    }

    @Test(arguments: [
        ("not hex", "zz\r\nhello\r\n0\r\n\r\n", 400),
        ("negative size", "-5\r\nhello\r\n0\r\n\r\n", 400),
        ("no CRLF after data", "5\r\nhelloXX0\r\n\r\n", 400),
        ("size with 17 digits", "fffffffffffffffff\r\n", 400),
        ("size past the limit", "7fffffffffffffff\r\n", 400),
        ("control byte in an extension", "5;a=\u{1}\r\nhello\r\n0\r\n\r\n", 400),
        ("size line of 5000 bytes in one read", "5;" + String(repeating: "e", count: 4998) + "\r\nhello\r\n0\r\n\r\n", 400),
        ("trailer without a colon", "5\r\nhello\r\n0\r\nBroken trailer\r\n\r\n", 400),
        ("bare CR in the trailers", "0\r\nX: a\rb\r\n\r\n", 400),
        ("chunks over the body limit", "100001\r\n", 413),
    ])
    func invalidChunkingIsRefused(name: String, body: String, status: Int) throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + body)
        #expect(try client.readResponse().status == status, "\(name)")
        #expect(client.readToEnd().end == .endOfStream)
        try expectAnotherClientIsServed(server)
    }

    @Test(arguments: [
        ("Content-Length: 3\r\nContent-Length: 4", 400),
        ("Content-Length: 3, 4", 400),
        ("Content-Length: 4\r\nTransfer-Encoding: chunked", 400),
        ("Content-Length: +4", 400),
        ("Content-Length: 4 4", 400),
        ("Content-Length: 0x4", 400),
        ("Content-Length: 4, 4\r\nContent-Length: 4", 200),
    ])
    func conflictingContentLengthsAreRefused(fields: String, status: Int) throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("POST / HTTP/1.1\r\nHost: x\r\n\(fields)\r\n\r\nbody")
        #expect(try client.readResponse().status == status)
        try expectAnotherClientIsServed(server)
    }

    @Test func slowlorisClientsGet408WhileOthersAreServed() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let server = try startServer(recorder: recorder) {
            $0.clock = clock
            $0.requestTimeout = .seconds(30)
        }
        defer { server.shutdown() }
        var sent = 0
        let attackers = try (0..<48).map { _ in try RawClient(port: server.port) }
        for client in attackers {
            try client.send("GET /slow HTTP/1.1\r\n")
            sent += 20
        }
        #expect(recorder.waitForReceived(atLeast: sent))
        for second in 1...29 { // One header line a second from every attacker: never a complete head.
            for client in attackers {
                let line = "X-Slow-\(second): drip\r\n"
                try client.send(line)
                sent += line.utf8.count
            }
            #expect(recorder.waitForReceived(atLeast: sent))
            clock.advance(by: .seconds(1))
            if second % 10 == 0 {
                try expectAnotherClientIsServed(server)
                sent += "GET /polite HTTP/1.1\r\nHost: x\r\n\r\n".utf8.count
            }
        }
        clock.advance(by: .seconds(2)) // 31 s since each attacker's first byte.
        for client in attackers {
            #expect(try client.readResponse().status == 408)
            #expect(client.readToEnd().end == .endOfStream)
        }
        try expectAnotherClientIsServed(server)
    }

    @Test func thousandsOfConnectionsOpenedAndDroppedLeaveNothingBehind() throws {
        let recorder = EventRecorder()
        let server = try startServer(recorder: recorder)
        defer { server.shutdown() }
        let total = 2000
        try RawClient.churn(port: server.port, total: total) { number, client in
            switch number % 4 {
            case 0: break // Just closed.
            case 1: try? client.send("GET / HTTP/1.1\r\nHo") // Closed mid-head.
            case 2: client.resetOnClose() // RST instead of FIN.
            default: try? client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n") // Closed before reading the answer.
            }
        }
        #expect(recorder.waitForClosed(total))
        let events = recorder.all
        let opened = events.filter { if case .opened = $0 { true } else { false } }.count
        let closed = events.filter { if case .closed = $0 { true } else { false } }.count
        #expect(opened == total && closed == total)
        try expectAnotherClientIsServed(server)
    }

    @Test func halfClosedClientsAreAnsweredOrClosedAndOthersServed() throws {
        let recorder = EventRecorder()
        let server = try startServer(recorder: recorder)
        defer { server.shutdown() }
        let complete = try RawClient(port: server.port)
        try complete.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n")
        complete.shutdownWrite()
        let partial = try RawClient(port: server.port)
        try partial.send("GET /c HTTP/1.1\r\nHost: x\r\n")
        partial.shutdownWrite()
        let silent = try RawClient(port: server.port)
        silent.shutdownWrite()
        try expectAnotherClientIsServed(server)
        #expect(try complete.readResponse().body == "GET /a body=")
        #expect(try complete.readResponse().body == "GET /b body=")
        #expect(complete.readToEnd().end == .endOfStream)
        for client in [partial, silent] {
            let (text, end) = client.readToEnd()
            #expect(text.isEmpty && end == .endOfStream)
        }
        #expect(recorder.waitForClosed(4))
    }

    @Test(arguments: [0x5EED, 0xBAD, 0xF00D, 0xC0FFEE, 0xDEAD_BEEF, 7, 42, 1_000_003] as [UInt64])
    func randomBytesGetAnErrorAndAClose(seed: UInt64) throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        let sending = sendInBackground(client, RawClient.randomBytes(count: 64 * 1024, seed: seed))
        let response = try client.readResponse()
        #expect([400, 431, 505].contains(response.status), "\(response.status)")
        #expect(client.readToEnd().end != .timedOut)
        sending.wait()
        try expectAnotherClientIsServed(server)
    }
}
