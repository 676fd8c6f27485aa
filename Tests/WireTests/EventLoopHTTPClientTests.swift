import Dispatch
import Testing
@testable import Wire

@Suite struct EventLoopHTTPClientTests {
    static let backends = EventBackend.available.map(\.name)

    private func backend(_ name: String) throws -> EventBackend {
        try #require(EventBackend.named(name))
    }

    @Test(arguments: backends)
    func forwardsOnTheLoopThatServesTheRequest(backendName: String) throws {
        let upstream = try startServer()
        defer { upstream.shutdown() }
        let front = try ForwardingFront(upstreamPort: upstream.port, backend: try backend(backendName))
        defer { front.shutdown() }
        let response = try front.send(HTTPRequest(method: "POST", target: "/sms?x=1", body: Array("hi".utf8)))
        #expect(response.status == 200)
        #expect(response.bodyText == "POST /sms?x=1 body=hi")
        #expect(front.onLoop == [true])
    }

    @Test(arguments: backends)
    func sequentialExchangesShareOneUpstreamConnection(backendName: String) throws {
        let recorder = EventRecorder()
        let upstream = try startServer(recorder: recorder) { $0.eventBackend = .poll }
        defer { upstream.shutdown() }
        let front = try ForwardingFront(upstreamPort: upstream.port, backend: try backend(backendName))
        defer { front.shutdown() }
        for index in 0..<5 {
            #expect(try front.send(HTTPRequest(method: "GET", target: "/\(index)")).bodyText == "GET /\(index) body=")
        }
        #expect(recorder.all.filter { if case .opened = $0 { true } else { false } }.count == 1)
    }

    @Test(arguments: backends)
    func chunkedAnswersArriveDechunked(backendName: String) throws {
        let canned = try CannedServer([
            .init("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n7\r\n, world\r\n0\r\nX-T: 1\r\n\r\n"),
        ])
        defer { canned.shutdown() }
        let front = try ForwardingFront(upstreamPort: canned.port, backend: try backend(backendName))
        defer { front.shutdown() }
        let response = try front.send(HTTPRequest(method: "GET", target: "/"))
        #expect(response.bodyText == "hello, world")
    }

    @Test(arguments: backends)
    func aRefusedConnectionIsAFailure(backendName: String) throws {
        let closed = try startServer()
        let port = closed.port
        closed.shutdown()
        let front = try ForwardingFront(upstreamPort: port, backend: try backend(backendName))
        defer { front.shutdown() }
        let response = try front.send(HTTPRequest(method: "GET", target: "/"))
        #expect(response.status == 502)
        #expect(response.bodyText == "cannot connect to 127.0.0.1:\(port): Connection refused")
    }

    @Test(arguments: backends)
    func anUpstreamThatNeverAnswersTimesOutOnTheLoopClock(backendName: String) throws {
        let holder = DeferringHandler()
        let upstream = try startServer(handler: holder) { $0.shutdownGracePeriod = .zero }
        defer { upstream.shutdown() }
        let clock = ManualClock()
        let front = try ForwardingFront(upstreamPort: upstream.port, backend: try backend(backendName), clock: clock, timeout: .seconds(5))
        defer { front.shutdown() }
        let answer = AsyncAnswer { try front.send(HTTPRequest(method: "GET", target: "/defer")) }
        #expect(holder.waitForHeld(1).count == 1)
        clock.advance(by: .seconds(6))
        let response = try answer.wait()
        #expect(response.status == 502)
        #expect(response.bodyText == "timed out")
    }

    @Test(arguments: backends)
    func aResetOrMalformedAnswerIsAFailure(backendName: String) throws {
        let upstream = try startServer(handler: DeferringHandler())
        defer { upstream.shutdown() }
        let front = try ForwardingFront(upstreamPort: upstream.port, backend: try backend(backendName))
        defer { front.shutdown() }
        let reset = try front.send(HTTPRequest(method: "POST", target: "/abort", body: Array("x".utf8)))
        #expect(reset.status == 502)
        #expect(reset.bodyText == "connection closed before a complete response")

        let canned = try CannedServer([.init("NOT HTTP\r\n\r\n")])
        defer { canned.shutdown() }
        let malformedFront = try ForwardingFront(upstreamPort: canned.port, backend: try backend(backendName))
        defer { malformedFront.shutdown() }
        let malformed = try malformedFront.send(HTTPRequest(method: "GET", target: "/"))
        #expect(malformed.bodyText == "malformed response: malformed status line NOT HTTP")
    }

    @Test func pipelinedRequestsAreAnsweredInOrderWhenTheUpstreamAnswersOutOfOrder() throws {
        let holder = DeferringHandler()
        let upstream = try startServer(handler: holder)
        defer { upstream.shutdown() }
        let front = try ForwardingFront(upstreamPort: upstream.port)
        defer { front.shutdown() }
        let raw = try RawClient(port: front.port)
        try raw.send((1...3).map { "GET /defer/\($0) HTTP/1.1\r\nHost: x\r\n\r\n" }.joined())
        let held = holder.waitForHeld(3)
        #expect(held.count == 3)
        for (request, responder) in held.reversed() {
            responder.send(HTTPResponse(status: 200, contentType: "text/plain", text: request.path))
        }
        let bodies = try (1...3).map { _ in try raw.readResponse().body }
        #expect(bodies == ["/defer/1", "/defer/2", "/defer/3"])
    }

    @Test func anOversizedAnswerIsRefused() throws {
        let canned = try CannedServer([.init("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world")])
        defer { canned.shutdown() }
        let front = try ForwardingFront(upstreamPort: canned.port, maxResponseBytes: 10)
        defer { front.shutdown() }
        #expect(try front.send(HTTPRequest(method: "GET", target: "/")).bodyText == "response larger than 10 bytes")
    }

    @Test func manyConcurrentExchangesAllComeBack() throws {
        let upstream = try startServer { $0.eventLoops = 2 }
        defer { upstream.shutdown() }
        let front = try ForwardingFront(upstreamPort: upstream.port)
        defer { front.shutdown() }
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            let client = HTTPClient(host: "127.0.0.1", port: front.port)
            for index in 0..<20 {
                let body = try? client.send(HTTPRequest(method: "GET", target: "/\(thread)-\(index)")).bodyText
                #expect(body == "GET /\(thread)-\(index) body=")
            }
        }
        #expect(front.onLoop.count == 160 && front.onLoop.allSatisfy { $0 })
    }
}
