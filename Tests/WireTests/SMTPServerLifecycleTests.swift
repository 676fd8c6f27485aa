import Dispatch
import Testing
@testable import Wire

@Suite struct SMTPServerLifecycleTests {
    /// Starts a server whose idle time-out runs on `clock`.
    private func start(
        idleTimeout: Duration, clock: any MonotonicClock, recorder: EventRecorder, handler: RecordingSMTPHandler = RecordingSMTPHandler()
    ) throws -> SMTPServer {
        try startSMTPServer(handler: handler, recorder: recorder) {
            $0.clock = clock
            $0.idleTimeout = idleTimeout
        }
    }

    @Test func anIdleClientGets421ThenTheConnectionCloses() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let server = try start(idleTimeout: .seconds(300), clock: clock, recorder: recorder)
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        recorder.waitForOpened(1)
        clock.advance(by: .seconds(301))
        #expect(try client.line() == "421 4.4.2 smscontract.local Idle timeout, closing connection")
        #expect(client.isClosedByServer())
    }

    @Test func eachCommandRestartsTheIdleTimeout() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let server = try start(idleTimeout: .seconds(10), clock: clock, recorder: recorder)
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        recorder.waitForOpened(1)
        clock.advance(by: .seconds(8))
        #expect(try client.command("NOOP") == "250 2.0.0 OK")
        clock.advance(by: .seconds(8)) // 16 s since connecting, 8 s since the last command.
        #expect(try client.command("NOOP") == "250 2.0.0 OK")
        clock.advance(by: .seconds(11))
        #expect(try client.code() == 421)
    }

    @Test func bytesThatDoNotCompleteALineDoNotRestartTheIdleTimeout() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let server = try start(idleTimeout: .seconds(10), clock: clock, recorder: recorder)
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        recorder.waitForOpened(1)
        for (index, byte) in "NOO".enumerated() {
            clock.advance(by: .seconds(3))
            try client.send(String(byte))
            recorder.waitForReceived(atLeast: index + 1)
        }
        clock.advance(by: .seconds(2)) // 11 s since connecting; bytes came every 3 s, but no line.
        #expect(try client.code() == 421)
        #expect(client.isClosedByServer())
    }

    @Test func aClientStalledMidDataTimesOutAndTheMessageIsDropped() throws {
        let clock = ManualClock(), recorder = EventRecorder(), handler = RecordingSMTPHandler()
        let server = try start(idleTimeout: .seconds(10), clock: clock, recorder: recorder, handler: handler)
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        let commands = "HELO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nDATA\r\n", partial = "part of a message"
        try client.send(commands)
        #expect(try (0..<4).map { _ in try client.code() } == [250, 250, 250, 354])
        try client.send(partial)
        recorder.waitForReceived(atLeast: commands.utf8.count + partial.utf8.count)
        clock.advance(by: .seconds(11))
        #expect(try client.code() == 421)
        #expect(client.isClosedByServer())
        #expect(handler.messages.isEmpty)
    }

    @Test func checkDeadlinesAppliesAClockThatMovedSilently() throws {
        let clock = SilentClock(), recorder = EventRecorder()
        let server = try start(idleTimeout: .seconds(10), clock: clock, recorder: recorder)
        defer { server.shutdown() }
        let client = try SMTPTestClient(port: server.port)
        recorder.waitForOpened(1)
        clock.advance(by: .seconds(11))
        server.checkDeadlines()
        #expect(try client.code() == 421)
    }

    @Test func shutdownTellsOpenSessions421() throws {
        let recorder = EventRecorder()
        let server = try startSMTPServer(recorder: recorder)
        let idle = try SMTPTestClient(port: server.port)
        let busy = try SMTPTestClient(port: server.port)
        try busy.send("HELO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nDATA\r\n")
        #expect(try (0..<4).map { _ in try busy.code() } == [250, 250, 250, 354])
        recorder.waitForOpened(2)
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            server.shutdown()
            finished.signal()
        }
        let expected = "421 4.3.2 smscontract.local Service shutting down, closing connection"
        #expect(try idle.line() == expected)
        #expect(try busy.line() == expected)
        #expect(idle.isClosedByServer())
        #expect(busy.isClosedByServer())
        #expect(finished.wait(timeout: .now() + .seconds(5)) == .success)
        #expect(throws: RawClient.Failure.self) { try RawClient(port: server.port) }
        server.shutdown() // Idempotent.
    }

    @Test func startingTwiceFails() throws {
        let server = try startSMTPServer()
        defer { server.shutdown() }
        #expect(server.port != 0)
        #expect(throws: ServerError.alreadyStarted) { try server.start() }
    }

    @Test func manyConnectionsAreServedByOneLoopThread() throws {
        let server = try startSMTPServer()
        defer { server.shutdown() }
        let clients = try (0..<50).map { _ in try SMTPTestClient(port: server.port) }
        for (index, client) in clients.enumerated() {
            #expect(try client.command("HELO c\(index)") == "250 smscontract.local")
        }
    }
}
