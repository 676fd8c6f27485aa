import Synchronization
import Testing
@testable import Wire

/// A clock whose time is set by the test without telling anyone, to exercise `checkDeadlines()`.
final class SilentClock: MonotonicClock {
    private let instant = Mutex(MonotonicInstant(nanoseconds: 1_000_000_000_000))
    var now: MonotonicInstant { instant.withLock { $0 } }
    func advance(by duration: Duration) { instant.withLock { $0 = $0 + duration } }
}

@Suite struct HTTPServerTimeoutTests {
    private func start(clock: any MonotonicClock, recorder: EventRecorder) throws -> HTTPServer {
        try startServer(recorder: recorder) {
            $0.clock = clock
            $0.idleTimeout = .seconds(10)
            $0.requestTimeout = .seconds(30)
        }
    }

    @Test func incompleteHeadGets408WhenTheRequestTimeoutPasses() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let server = try start(clock: clock, recorder: recorder)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        let partial = "GET / HTTP/1.1\r\nHost: x\r\n"
        try client.send(partial)
        recorder.waitForReceived(atLeast: partial.utf8.count)
        clock.advance(by: .seconds(31))
        let response = try client.readResponse()
        #expect(response.status == 408)
        #expect(response.headers["Connection"] == "close")
        #expect(client.readToEnd().end == .endOfStream)
    }

    @Test func stalledBodyGets408() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let server = try start(clock: clock, recorder: recorder)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        let partial = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc"
        try client.send(partial)
        recorder.waitForReceived(atLeast: partial.utf8.count)
        clock.advance(by: .seconds(31))
        #expect(try client.readResponse().status == 408)
    }

    @Test func aSlowButTimelyRequestIsServed() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let server = try start(clock: clock, recorder: recorder)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        let partial = "GET /slow HTTP/1.1\r\n"
        try client.send(partial)
        recorder.waitForReceived(atLeast: partial.utf8.count)
        clock.advance(by: .seconds(20)) // Past the idle time-out, within the request time-out.
        try client.send("Host: x\r\n\r\n")
        #expect(try client.readResponse().body == "GET /slow body=")
    }

    @Test func idleConnectionIsClosedSilently() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let server = try start(clock: clock, recorder: recorder)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        recorder.waitForOpened(1)
        clock.advance(by: .seconds(11))
        #expect(client.readToEnd() == ("", .endOfStream))
    }

    @Test func idleTimeoutCountsFromTheLastResponse() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let server = try start(clock: clock, recorder: recorder)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        recorder.waitForOpened(1)
        clock.advance(by: .seconds(9))
        try client.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        clock.advance(by: .seconds(9)) // 18 s since connecting, 9 s since the response: still open.
        try client.send("GET /b HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        clock.advance(by: .seconds(11))
        #expect(client.readToEnd() == ("", .endOfStream))
    }

    @Test func checkDeadlinesAppliesAClockThatMovedSilently() throws {
        let clock = SilentClock(), recorder = EventRecorder()
        let server = try start(clock: clock, recorder: recorder)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        let partial = "GET / HTTP/1.1\r\n"
        try client.send(partial)
        recorder.waitForReceived(atLeast: partial.utf8.count)
        clock.advance(by: .seconds(31))
        server.checkDeadlines()
        #expect(try client.readResponse().status == 408)
    }
}
