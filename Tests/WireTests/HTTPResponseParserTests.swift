import Testing
@testable import Wire

@Suite struct HTTPResponseParserTests {
    /// Feeds `text` in pieces of `step` bytes and returns the first event that is not `.needMore`.
    private func parse(_ text: String, step: Int, isHead: Bool = false, maxBody: Int = 1 << 20, close: Bool = false) -> HTTPResponseParser.Event {
        var parser = HTTPResponseParser(isHead: isHead, maxBodyBytes: maxBody)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + step)
            let event = bytes[offset..<end].withUnsafeBytes { parser.feed($0) }
            offset = end
            if event != .needMore { return event }
        }
        return close ? parser.inputClosed() : .needMore
    }

    @Test(arguments: [1, 3, 1000])
    func framingsParseWhateverThePieces(step: Int) {
        let length = parse("HTTP/1.1 201 Created\r\nContent-Length: 5\r\nX-A: b\r\n\r\nhello", step: step)
        #expect(length == .complete(HTTPResponse(status: 201, headers: ["Content-Length": "5", "X-A": "b"], body: Array("hello".utf8)), reusable: true))
        let chunked = parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n7\r\n, world\r\n0\r\nX-T: 1\r\n\r\n", step: step)
        guard case let .complete(response, reusable) = chunked else { Issue.record("not complete: \(chunked)"); return }
        #expect(response.bodyText == "hello, world" && reusable)
        let interim = parse("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", step: step)
        #expect(interim == .complete(HTTPResponse(status: 200, headers: ["Content-Length": "2"], body: Array("ok".utf8)), reusable: true))
    }

    @Test func aBodyUntilCloseCompletesWhenInputEndsAndIsNotReusable() {
        #expect(parse("HTTP/1.0 200 OK\r\n\r\nuntil the end", step: 4) == .needMore)
        let event = parse("HTTP/1.0 200 OK\r\n\r\nuntil the end", step: 4, close: true)
        #expect(event == .complete(HTTPResponse(status: 200, body: Array("until the end".utf8)), reusable: false))
    }

    @Test(arguments: [
        ("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n", true, true),
        ("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", false, false),
        ("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n", false, false),
        ("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n", false, true),
        ("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\nextra", false, false),
    ])
    func reusabilityFollowsTheConnectionHeaderAndLeftovers(text: String, isHead: Bool, reusable: Bool) {
        guard case let .complete(_, actual) = parse(text, step: 1000, isHead: isHead) else {
            Issue.record("not complete")
            return
        }
        #expect(actual == reusable)
    }

    @Test func headAndBodilessStatusesEndAtTheHead() {
        #expect(parse("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", step: 7, isHead: true)
            == .complete(HTTPResponse(status: 200, headers: ["Content-Length": "1000"]), reusable: true))
        #expect(parse("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n", step: 7)
            == .complete(HTTPResponse(status: 304, headers: ["Content-Length": "10"]), reusable: true))
    }

    @Test(arguments: [
        ("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", HTTPClientError.connectionClosed),
        ("HTTP/1.1 200 OK\r\nContent-Le", HTTPClientError.connectionClosed),
        ("NOT HTTP\r\n\r\n", HTTPClientError.malformedResponse("malformed status line NOT HTTP")),
        ("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", HTTPClientError.malformedResponse("invalid Content-Length x")),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", HTTPClientError.malformedResponse("invalid chunk size")),
        ("HTTP/1.1 200 OK\r\nContent-Length: 2000\r\n\r\n", HTTPClientError.responseTooLarge(limit: 1000)),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7d1\r\n", HTTPClientError.responseTooLarge(limit: 1000)),
        ("HTTP/1.0 200 OK\r\n\r\n" + String(repeating: "x", count: 1001), HTTPClientError.responseTooLarge(limit: 1000)),
    ])
    func brokenOrOversizedResponsesFail(text: String, error: HTTPClientError) {
        #expect(parse(text, step: 5, maxBody: 1000, close: true) == .failure(error))
    }

    @Test func anOversizedHeadFailsInsteadOfBuffering() {
        let text = "HTTP/1.1 200 OK\r\nX: " + String(repeating: "a", count: 70 * 1024)
        #expect(parse(text, step: 4096) == .failure(.malformedResponse("header section too large")))
    }

    @Test func recordsWhetherAnythingArrived() {
        var parser = HTTPResponseParser(isHead: false, maxBodyBytes: 10)
        #expect(!parser.receivedAnything)
        #expect(parser.inputClosed() == .failure(.connectionClosed))
        var other = HTTPResponseParser(isHead: false, maxBodyBytes: 10)
        _ = Array("HTTP".utf8).withUnsafeBytes { other.feed($0) }
        #expect(other.receivedAnything)
    }
}
