import Dispatch
import Testing
@testable import Wire

@Suite struct OutboundHTTPPoolTests {
    private func opened(_ recorder: EventRecorder) -> Int {
        recorder.all.filter { if case .opened = $0 { true } else { false } }.count
    }

    @Test func concurrentExchangesOpenConnectionsThatAreThenReused() throws {
        let holder = DeferringHandler(), recorder = EventRecorder()
        let upstream = try startServer(handler: holder, recorder: recorder)
        defer { upstream.shutdown() }
        let front = try ForwardingFront(upstreamPort: upstream.port)
        defer { front.shutdown() }
        let first = AsyncAnswer { try front.send(HTTPRequest(method: "GET", target: "/defer/1")) }
        let second = AsyncAnswer { try front.send(HTTPRequest(method: "GET", target: "/defer/2")) }
        let held = holder.waitForHeld(2)
        #expect(held.count == 2)
        for (request, responder) in held { responder.send(HTTPResponse(status: 200, contentType: "text/plain", text: request.path)) }
        #expect(try first.wait().bodyText == "/defer/1")
        #expect(try second.wait().bodyText == "/defer/2")
        for index in 0..<3 { _ = try front.send(HTTPRequest(method: "GET", target: "/\(index)")) }
        #expect(opened(recorder) == 2)
    }

    @Test func withNoRoomForIdleConnectionsEachExchangeConnectsAfresh() throws {
        let recorder = EventRecorder()
        let upstream = try startServer(recorder: recorder)
        defer { upstream.shutdown() }
        let front = try ForwardingFront(upstreamPort: upstream.port, maxIdle: 0)
        defer { front.shutdown() }
        for index in 0..<3 { #expect(try front.send(HTTPRequest(method: "GET", target: "/\(index)")).status == 200) }
        #expect(opened(recorder) == 3)
    }

    @Test func aConnectionTheUpstreamClosedWhileIdleIsDroppedAndReplaced() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let upstream = try startServer(recorder: recorder) {
            $0.clock = clock
            $0.idleTimeout = .seconds(5)
        }
        defer { upstream.shutdown() }
        let front = try ForwardingFront(upstreamPort: upstream.port)
        defer { front.shutdown() }
        #expect(try front.send(HTTPRequest(method: "POST", target: "/1", body: Array("a".utf8))).bodyText == "POST /1 body=a")
        clock.advance(by: .seconds(6))
        recorder.waitForClosed(1)
        // A POST is never resent, so this passes only if the closed connection left the pool.
        #expect(try front.send(HTTPRequest(method: "POST", target: "/2", body: Array("b".utf8))).bodyText == "POST /2 body=b")
        #expect(opened(recorder) == 2)
    }

    @Test func idleConnectionsAreClosedAfterTheClientsIdleTimeout() throws {
        let recorder = EventRecorder()
        let upstream = try startServer(recorder: recorder)
        defer { upstream.shutdown() }
        let clock = ManualClock()
        let front = try ForwardingFront(upstreamPort: upstream.port, clock: clock, idleTimeout: .seconds(10))
        defer { front.shutdown() }
        _ = try front.send(HTTPRequest(method: "GET", target: "/"))
        // The front's own idle connection from the test's client closes too; the upstream sees only its own.
        clock.advance(by: .seconds(11))
        #expect(recorder.waitForClosed(1))
    }

    @Test func shuttingDownTheServerClosesIdleUpstreamConnections() throws {
        let recorder = EventRecorder()
        let upstream = try startServer(recorder: recorder)
        defer { upstream.shutdown() }
        let front = try ForwardingFront(upstreamPort: upstream.port)
        _ = try front.send(HTTPRequest(method: "GET", target: "/"))
        front.shutdown()
        #expect(recorder.waitForClosed(1))
    }
}
