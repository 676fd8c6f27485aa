import Dispatch
import Testing
@testable import Wire

/// Answers with what the server received: method, target, every header in order, and the body.
struct HeaderEchoHandler: HTTPHandler {
    func handle(_ request: HTTPRequest, responder: HTTPResponder) {
        let lines = ["\(request.method) \(request.target)"] + request.headers.map { "\($0.name): \($0.value)" } + ["", request.bodyText]
        responder.send(HTTPResponse(status: 200, contentType: "text/plain", text: lines.joined(separator: "\n")))
    }
}

@Suite struct HTTPClientTests {
    @Test func sendsExactlyTheGivenHeadersPlusHostAndContentLength() throws {
        let server = try startServer(handler: HeaderEchoHandler())
        defer { server.shutdown() }
        let client = try HTTPClient(url: "http://127.0.0.1:\(server.port)/base/")
        let request = HTTPRequest(method: "POST", target: "/SMS?x=1", headers: ["X-Api-Key": "k", "content-type": "text/plain"], body: Array("hi".utf8))
        let response = try client.send(request)
        #expect(response.status == 200)
        #expect(response.bodyText == """
            POST /base/SMS?x=1
            Host: 127.0.0.1:\(server.port)
            X-Api-Key: k
            content-type: text/plain
            Content-Length: 2

            hi
            """)
    }

    @Test func givenHostAndLengthAreNotDuplicatedAndBodilessGetHasNoLength() throws {
        let server = try startServer(handler: HeaderEchoHandler())
        defer { server.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: server.port)
        let get = try client.send(HTTPRequest(method: "GET", target: "/", headers: ["Host": "example.test"]))
        #expect(get.bodyText == "GET /\nHost: example.test\n\n")
        let post = try client.send(HTTPRequest(method: "POST", target: "/"))
        #expect(post.bodyText.contains("Content-Length: 0"))
    }

    @Test func reusesTheKeptAliveConnection() throws {
        let recorder = EventRecorder()
        let server = try startServer(recorder: recorder)
        defer { server.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: server.port)
        for index in 0..<3 {
            #expect(try client.send(HTTPRequest(method: "GET", target: "/\(index)")).bodyText == "GET /\(index) body=")
        }
        #expect(recorder.all.filter { if case .opened = $0 { true } else { false } }.count == 1)
    }

    @Test func reconnectsOnceWhenAReusedConnectionDiesBeforeAnswering() throws {
        let canned = try CannedServer([
            .init("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst"),
            .drop,
            .init("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecond"),
        ])
        defer { canned.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: canned.port)
        #expect(try client.send(HTTPRequest(method: "GET", target: "/a")).bodyText == "first")
        #expect(try client.send(HTTPRequest(method: "GET", target: "/b")).bodyText == "second")
        #expect(canned.receivedRequests.count == 3)
    }

    @Test func neverResendsAPostTheServerMayHaveProcessed() throws {
        let canned = try CannedServer([
            .init("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst"),
            .drop,
            .init("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecond"),
        ])
        defer { canned.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: canned.port)
        #expect(try client.send(HTTPRequest(method: "POST", target: "/a", body: Array("x".utf8))).bodyText == "first")
        #expect(throws: HTTPClientError.self) { try client.send(HTTPRequest(method: "POST", target: "/b", body: Array("y".utf8))) }
        #expect(canned.receivedRequests.count == 2)
    }

    @Test func replacesAConnectionTheServerClosedWhileIdle() throws {
        let clock = ManualClock(), recorder = EventRecorder()
        let server = try startServer(recorder: recorder) {
            $0.clock = clock
            $0.idleTimeout = .seconds(5)
        }
        defer { server.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: server.port)
        _ = try client.send(HTTPRequest(method: "GET", target: "/1"))
        clock.advance(by: .seconds(6))
        recorder.waitForClosed(1)
        #expect(try client.send(HTTPRequest(method: "GET", target: "/2")).bodyText == "GET /2 body=")
    }

    @Test func readsChunkedResponsesWithTrailers() throws {
        let canned = try CannedServer([
            .init("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n7\r\n, world\r\n0\r\nX-T: 1\r\n\r\n"),
            .init("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nnext"),
        ])
        defer { canned.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: canned.port)
        let response = try client.send(HTTPRequest(method: "GET", target: "/"))
        #expect(response.bodyText == "hello, world")
        #expect(response.headers["Transfer-Encoding"] == "chunked")
        #expect(try client.send(HTTPRequest(method: "GET", target: "/")).bodyText == "next")
        #expect(canned.recorder.all.filter { if case .opened = $0 { true } else { false } }.count == 1)
    }

    @Test func headAndBodilessStatusesHaveNoBody() throws {
        let canned = try CannedServer([
            .init("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"),
            .init("HTTP/1.1 204 No Content\r\n\r\n"),
            .init("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n"),
            .init("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"),
        ])
        defer { canned.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: canned.port)
        let head = try client.send(HTTPRequest(method: "HEAD", target: "/"))
        #expect(head.status == 200 && head.body.isEmpty && head.headers["Content-Length"] == "1000")
        #expect(try client.send(HTTPRequest(method: "GET", target: "/")).status == 204)
        #expect(try client.send(HTTPRequest(method: "GET", target: "/")).status == 304)
        let afterContinue = try client.send(HTTPRequest(method: "GET", target: "/"))
        #expect(afterContinue.status == 200 && afterContinue.bodyText == "ok")
    }

    @Test func headAgainstTheRealServer() throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: server.port)
        let head = try client.send(HTTPRequest(method: "HEAD", target: "/x"))
        #expect(head.body.isEmpty)
        #expect(head.headers["Content-Length"] == "\("HEAD /x body=".utf8.count)")
        #expect(try client.send(HTTPRequest(method: "GET", target: "/y")).bodyText == "GET /y body=")
    }

    @Test func readsCloseDelimitedBodies() throws {
        let canned = try CannedServer([.init("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end", close: true)])
        defer { canned.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: canned.port)
        #expect(try client.send(HTTPRequest(method: "GET", target: "/")).bodyText == "until the end")
    }

    @Test func sendsChunkedWhenAskedTo() throws {
        let server = try startServer()
        defer { server.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: server.port)
        let request = HTTPRequest(method: "POST", target: "/c", headers: ["Transfer-Encoding": "chunked"], body: Array("abc".utf8), trailers: ["X-T": "1"])
        #expect(try client.send(request).bodyText == "POST /c body=abc trailers=X-T:1")
    }

    @Test(arguments: [
        ("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", HTTPClientError.connectionClosed),
        ("NOT HTTP\r\n\r\n", HTTPClientError.malformedResponse("malformed status line NOT HTTP")),
        ("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", HTTPClientError.malformedResponse("invalid Content-Length x")),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", HTTPClientError.malformedResponse("invalid chunk size")),
    ])
    func reportsBrokenResponses(reply: String, error: HTTPClientError) throws {
        let canned = try CannedServer([.init(reply, close: true)])
        defer { canned.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: canned.port)
        #expect(throws: error) { try client.send(HTTPRequest(method: "GET", target: "/")) }
    }

    @Test func timesOutWhenNoAnswerComes() throws {
        let server = try startServer(handler: DeferringHandler()) { $0.shutdownGracePeriod = .zero }
        defer { server.shutdown() }
        let client = HTTPClient(endpoint: HTTPEndpoint(host: "127.0.0.1", port: server.port), timeout: .milliseconds(50))
        #expect(throws: HTTPClientError.timedOut) { try client.send(HTTPRequest(method: "GET", target: "/defer")) }
    }

    @Test func refusedConnectionIsReported() throws {
        let server = try startServer()
        let port = server.port
        server.shutdown()
        let client = HTTPClient(host: "127.0.0.1", port: port)
        #expect(throws: HTTPClientError.connectFailed(host: "127.0.0.1", port: port, reason: "Connection refused")) {
            try client.send(HTTPRequest(method: "GET", target: "/"))
        }
    }

    @Test func refusesToSendHeaderInjection() {
        let client = HTTPClient(host: "127.0.0.1", port: 9)
        #expect(throws: HTTPClientError.invalidRequest("invalid value for header X")) {
            try client.send(HTTPRequest(method: "GET", target: "/", headers: ["X": "a\r\nInjected: 1"]))
        }
        #expect(throws: HTTPClientError.invalidRequest("invalid target /a b")) {
            try client.send(HTTPRequest(method: "GET", target: "/a b"))
        }
    }

    @Test func isSafeToShareBetweenThreads() throws {
        let server = try startServer { $0.eventLoops = 2 }
        defer { server.shutdown() }
        let client = HTTPClient(host: "127.0.0.1", port: server.port)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for index in 0..<25 {
                let body = try? client.send(HTTPRequest(method: "GET", target: "/\(thread)-\(index)")).bodyText
                #expect(body == "GET /\(thread)-\(index) body=")
            }
        }
    }
}
