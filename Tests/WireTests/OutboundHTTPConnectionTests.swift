import Testing
@testable import Wire

@Suite struct OutboundHTTPConnectionTests {
    /// Answers once, closes the kept-alive connection on the next request, then answers again.
    static let diesUnderTheSecondRequest: [CannedServer.Reply] = [
        .init("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirst"),
        .drop,
        .init("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecond"),
    ]

    @Test func anIdempotentRequestIsResentOnceWhenAReusedConnectionDies() throws {
        let canned = try CannedServer(Self.diesUnderTheSecondRequest)
        defer { canned.shutdown() }
        let front = try ForwardingFront(upstreamPort: canned.port)
        defer { front.shutdown() }
        #expect(try front.send(HTTPRequest(method: "GET", target: "/a")).bodyText == "first")
        #expect(try front.send(HTTPRequest(method: "GET", target: "/b")).bodyText == "second")
        #expect(canned.receivedRequests.count == 3)
    }

    @Test func aPostIsNeverResent() throws {
        let canned = try CannedServer(Self.diesUnderTheSecondRequest)
        defer { canned.shutdown() }
        let front = try ForwardingFront(upstreamPort: canned.port)
        defer { front.shutdown() }
        #expect(try front.send(HTTPRequest(method: "POST", target: "/a", body: Array("x".utf8))).bodyText == "first")
        let second = try front.send(HTTPRequest(method: "POST", target: "/b", body: Array("y".utf8)))
        #expect(second.status == 502 && second.bodyText == "connection closed before a complete response")
        #expect(canned.receivedRequests.count == 2)
    }

    @Test func aConnectionThatIsToldToCloseIsNotReused() throws {
        let canned = try CannedServer([
            .init("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\na", close: true),
            .init("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nb"),
        ])
        defer { canned.shutdown() }
        let front = try ForwardingFront(upstreamPort: canned.port)
        defer { front.shutdown() }
        #expect(try front.send(HTTPRequest(method: "POST", target: "/a", body: Array("x".utf8))).bodyText == "a")
        #expect(try front.send(HTTPRequest(method: "POST", target: "/b", body: Array("y".utf8))).bodyText == "b")
        #expect(canned.recorder.all.filter { if case .opened = $0 { true } else { false } }.count == 2)
    }

    @Test func aBodyUntilCloseIsAnsweredWhenTheUpstreamCloses() throws {
        let canned = try CannedServer([.init("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end", close: true)])
        defer { canned.shutdown() }
        let front = try ForwardingFront(upstreamPort: canned.port)
        defer { front.shutdown() }
        #expect(try front.send(HTTPRequest(method: "GET", target: "/")).bodyText == "until the end")
    }
}
