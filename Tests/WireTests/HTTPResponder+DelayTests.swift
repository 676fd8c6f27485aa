import Testing
@testable import Wire

/// A late answer is timed on the event loop by the server's clock: on a manual clock it waits, over a real
/// socket, until the test advances past its instant — on every event queue — and on the system clock it comes
/// by itself. Every wait is bounded (the client's receive timeout); nothing sleeps to let time pass.
@Suite struct HTTPResponderDelayTests {
    static let backends = EventBackendTests.names

    @Test(arguments: backends)
    func aLateAnswerIsHeldUntilTheClockPassesItsInstant(_ name: String) throws {
        let clock = ManualClock()
        let (server, handler) = try startClockedServer(backend: try #require(EventBackend.named(name)), clock: clock)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /late/5000 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(handler.waitForHeld(1))
        #expect(client.readWaiting().isEmpty)
        clock.advance(by: .milliseconds(4999))
        #expect(client.readWaiting().isEmpty)
        clock.advance(by: .milliseconds(1))
        let response = try client.readResponse()
        #expect(response.status == 200 && response.body == "late 5000")
        // The connection stays usable: the next answer is immediate.
        try client.send("GET /now HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().body == "now")
    }

    @Test(arguments: backends)
    func anAdvanceBeforeTheRequestDoesNotCountTowardsItsDelay(_ name: String) throws {
        let clock = ManualClock()
        let (server, handler) = try startClockedServer(backend: try #require(EventBackend.named(name)), clock: clock)
        defer { server.shutdown() }
        clock.advance(by: .seconds(10))
        let client = try RawClient(port: server.port)
        try client.send("GET /late/2000 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(handler.waitForHeld(1))
        #expect(client.readWaiting().isEmpty)
        clock.advance(by: .seconds(2))
        #expect(try client.readResponse().body == "late 2000")
    }

    @Test(arguments: backends)
    func aClientThatGivesUpOnAHeldAnswerLeavesTheServerServing(_ name: String) throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let (server, handler) = try startClockedServer(backend: try #require(EventBackend.named(name)), clock: clock, recorder: recorder)
        defer { server.shutdown() }
        do {
            let impatient = try RawClient(port: server.port)
            try impatient.send("GET /late/5000 HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(handler.waitForHeld(1))
        } // Closed here, before the answer is due.
        clock.advance(by: .seconds(5))
        #expect(recorder.waitForClosed(1))
        let client = try RawClient(port: server.port)
        try client.send("GET /now HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().body == "now")
    }

    @Test func aClientTimeoutShorterThanTheHeldAnswerFiresWhileTheClockStandsStill() throws {
        let clock = ManualClock()
        let (server, handler) = try startClockedServer(backend: .platformDefault, clock: clock)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port, timeoutSeconds: 1) // The client's own read time-out: real time.
        try client.send("GET /late/1 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(handler.waitForHeld(1))
        #expect(client.readOnce() == .timedOut) // However long that takes, the still clock never releases the answer.
        clock.advance(by: .milliseconds(1))
        #expect(try client.readResponse().body == "late 1") // Late, but still the answer.
    }

    @Test(arguments: backends)
    func onTheSystemClockALateAnswerComesByItself(_ name: String) throws {
        let (server, _) = try startClockedServer(backend: try #require(EventBackend.named(name)), clock: SystemClock())
        defer { server.shutdown() }
        let response = try HTTPClient(host: "127.0.0.1", port: server.port).send(HTTPRequest(method: "GET", target: "/late/20"))
        #expect(response.bodyText == "late 20")
    }
}
