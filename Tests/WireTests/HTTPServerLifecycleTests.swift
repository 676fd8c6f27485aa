import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import Wire

@Suite struct HTTPServerLifecycleTests {
    @Test func deferredResponsesGoOutInRequestOrder() throws {
        let handler = DeferringHandler()
        let server = try startServer(handler: handler)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /defer-a HTTP/1.1\r\nHost: x\r\n\r\nGET /now HTTP/1.1\r\nHost: x\r\n\r\nGET /defer-b HTTP/1.1\r\nHost: x\r\n\r\n")
        let held = handler.waitForHeld(2)
        try #require(held.count == 2)
        // Answer the last request first, from other threads.
        DispatchQueue.global().sync { held[1].1.send(HTTPResponse(status: 202, body: Array("b".utf8))) }
        DispatchQueue.global().sync { held[0].1.send(HTTPResponse(status: 201, body: Array("a".utf8))) }
        let responses = try (0..<3).map { _ in try client.readResponse() }
        #expect(responses.map(\.status) == [201, 200, 202])
        #expect(responses.map(\.body) == ["a", "now /now", "b"])
    }

    @Test func onlyTheFirstAnswerCounts() throws {
        let handler = DeferringHandler()
        let server = try startServer(handler: handler)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /defer HTTP/1.1\r\nHost: x\r\n\r\n")
        let responder = try #require(handler.waitForHeld(1).first?.1)
        responder.send(HTTPResponse(status: 200, body: Array("first".utf8)))
        responder.send(HTTPResponse(status: 500))
        responder.abort()
        #expect(try client.readResponse().body == "first")
        try client.send("GET /next HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().body == "now /next")
    }

    @Test func abortResetsTheConnectionAfterEarlierResponses() throws {
        let server = try startServer(handler: DeferringHandler())
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET /abort HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try client.readResponse().body == "now /first")
        #expect(client.readOnce() == .reset)
    }

    @Test func gracefulShutdownAnswersTheInFlightRequestAndClosesIdleConnections() throws {
        let handler = DeferringHandler(), recorder = EventRecorder()
        let server = try startServer(handler: handler, recorder: recorder)
        let busy = try RawClient(port: server.port)
        let idle = try RawClient(port: server.port)
        try busy.send("GET /defer HTTP/1.1\r\nHost: x\r\n\r\n")
        let responder = try #require(handler.waitForHeld(1).first?.1)
        recorder.waitForOpened(2)
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            server.shutdown()
            finished.signal()
        }
        recorder.wait { $0.filter { if case .draining = $0 { true } else { false } }.count == 2 }
        #expect(idle.readToEnd().end == .endOfStream)
        responder.send(HTTPResponse(status: 200, body: Array("done".utf8)))
        let response = try busy.readResponse()
        #expect(response.body == "done")
        #expect(response.headers["Connection"] == "close")
        #expect(busy.readToEnd().end == .endOfStream)
        #expect(finished.wait(timeout: .now() + .seconds(5)) == .success)
        #expect(throws: RawClient.Failure.self) { try RawClient(port: server.port) }
        server.shutdown() // Idempotent.
    }

    @Test func shutdownForceClosesAfterTheGracePeriod() throws {
        let handler = DeferringHandler()
        let server = try startServer(handler: handler) { $0.shutdownGracePeriod = .milliseconds(50) }
        let client = try RawClient(port: server.port)
        try client.send("GET /defer-forever HTTP/1.1\r\nHost: x\r\n\r\n")
        let responder = try #require(handler.waitForHeld(1).first?.1)
        server.shutdown()
        #expect(client.readToEnd().end == .endOfStream)
        responder.send(HTTPResponse(status: 200)) // The loop is gone: ignored.
    }

    @Test func answerAfterTheClientLeftIsIgnored() throws {
        let handler = DeferringHandler(), recorder = EventRecorder()
        let server = try startServer(handler: handler, recorder: recorder)
        defer { server.shutdown() }
        do {
            let client = try RawClient(port: server.port)
            try client.send("GET /defer HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = handler.waitForHeld(1)
        }
        // The server cannot tell a close from a half-close until it writes: the answer finds the peer gone.
        handler.waitForHeld(1).first?.1.send(HTTPResponse(status: 200))
        #expect(recorder.waitForClosed(1))
        let other = try RawClient(port: server.port)
        try other.send("GET /still HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try other.readResponse().body == "now /still")
    }

    @Test func halfClosedClientStillGetsItsAnswers() throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n")
        client.shutdownWrite()
        #expect(try client.readResponse().body == "GET /a body=")
        #expect(try client.readResponse().body == "GET /b body=")
        #expect(client.readToEnd().end == .endOfStream)
    }

    @Test func manyPipelinedRequestsBeyondTheLimitAreAllAnswered() throws {
        let handler = DeferringHandler()
        let server = try startServer(handler: handler) { $0.maxPipelinedRequests = 2 }
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send(String(repeating: "GET /defer HTTP/1.1\r\nHost: x\r\n\r\n", count: 5))
        for index in 1...5 {
            let held = handler.waitForHeld(index)
            try #require(held.count >= index)
            held[index - 1].1.send(HTTPResponse(status: 200, body: Array("\(index)".utf8)))
            #expect(try client.readResponse().body == "\(index)")
        }
    }
}
