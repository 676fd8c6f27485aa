import Testing
@testable import Wire

/// A slow body's pieces are timed on the event loop by the server's clock: over a real socket, on every
/// event queue, each arrives as a manual clock passes it, in order however far the clock jumps; a client
/// that leaves mid-body does not disturb the server. Every wait is bounded; nothing sleeps to let time pass.
@Suite struct HTTPResponderSlowBodyTests {
    static let backends = EventBackendTests.names

    @Test(arguments: backends)
    func eachPieceArrivesAsTheClockPassesIt(_ name: String) throws {
        let clock = ManualClock()
        let (server, handler) = try startClockedServer(backend: try #require(EventBackend.named(name)), clock: clock)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /slow/3/1000 HTTP/1.1\r\nHost: x\r\n\r\n")
        let (head, first) = client.readHead(thenBody: 4)
        #expect(head.hasPrefix("HTTP/1.1 200"))
        #expect(head.contains("Content-Length: 12\r\n"))
        #expect(first == Array("aaaa".utf8))
        #expect(handler.waitForHeld(1))
        #expect(client.readWaiting().isEmpty)
        clock.advance(by: .milliseconds(999))
        #expect(client.readWaiting().isEmpty)
        clock.advance(by: .milliseconds(1))
        #expect(client.read(count: 4) == Array("bbbb".utf8))
        clock.advance(by: .seconds(1))
        #expect(client.read(count: 4) == Array("cccc".utf8))
        try client.send("GET /now HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().body == "now")
    }

    @Test(arguments: backends)
    func oneBigAdvanceSendsTheRestInOrder(_ name: String) throws {
        let clock = ManualClock()
        let (server, handler) = try startClockedServer(backend: try #require(EventBackend.named(name)), clock: clock)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /slow/6/250 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(client.readHead(thenBody: 4).body == Array("aaaa".utf8))
        #expect(handler.waitForHeld(1))
        clock.advance(by: .seconds(10)) // Within the idle time-out (60 s), which would close the connection.
        #expect(String(decoding: client.read(count: 20), as: UTF8.self) == "bbbbccccddddeeeeffff")
    }

    @Test(arguments: backends)
    func piecesAllDueAtOnceStillGoInOrder(_ name: String) throws {
        let (server, _) = try startClockedServer(backend: try #require(EventBackend.named(name)), clock: ManualClock())
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /slow/8/0 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().body == ClockedHandler.slowBody(parts: 8))
    }

    @Test(arguments: backends)
    func aClientThatLeavesMidBodyLeavesTheServerServing(_ name: String) throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let (server, handler) = try startClockedServer(backend: try #require(EventBackend.named(name)), clock: clock, recorder: recorder)
        defer { server.shutdown() }
        do {
            let leaving = try RawClient(port: server.port)
            try leaving.send("GET /slow/4/1000 HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(leaving.readHead(thenBody: 4).body == Array("aaaa".utf8))
            #expect(handler.waitForHeld(1))
        }
        #expect(recorder.waitForClosed(1)) // The server closes its end; the pieces left find no connection.
        clock.advance(by: .seconds(5))
        let client = try RawClient(port: server.port)
        try client.send("GET /now HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().body == "now")
    }

    @Test func onTheSystemClockTheBodyArrivesWholeByItself() throws {
        let (server, _) = try startClockedServer(backend: .platformDefault, clock: SystemClock())
        defer { server.shutdown() }
        let response = try HTTPClient(host: "127.0.0.1", port: server.port).send(HTTPRequest(method: "GET", target: "/slow/3/10"))
        #expect(response.bodyText == ClockedHandler.slowBody(parts: 3))
    }
}
