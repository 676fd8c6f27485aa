import Testing
@testable import Wire

/// Feeds input to a parser the way a connection does (keeping unconsumed bytes), in pieces of `pieceSize`.
func parseAll(_ input: String, pieceSize: Int = .max, limits: HTTPRequestParser.Limits = .init(maxHeaderBytes: 1024, maxBodyBytes: 64)) -> [HTTPRequestParser.Event] {
    var parser = HTTPRequestParser(limits: limits)
    var events: [HTTPRequestParser.Event] = []
    var pending: [UInt8] = []
    let bytes = Array(input.utf8)
    var position = 0
    while position < bytes.count {
        let end = min(bytes.count, position + min(pieceSize, bytes.count - position))
        pending += bytes[position..<end]
        position = end
        while !pending.isEmpty {
            let (consumed, event) = pending.withUnsafeBytes { parser.parse($0) }
            pending.removeFirst(consumed)
            if event == .needMore { break }
            events.append(event)
            if case .failure = event { return events }
        }
    }
    return events
}

extension HTTPRequestParser.Event {
    var parsed: HTTPRequestParser.Parsed? {
        if case let .request(parsed) = self { return parsed }
        return nil
    }

    var failureStatus: Int? {
        if case let .failure(error) = self { return error.status }
        return nil
    }
}

@Suite struct HTTPRequestParserTests {
    @Test(arguments: [1, 2, 7, Int.max])
    func parsesARequestWithBodyInAnyPieces(pieceSize: Int) throws {
        let events = parseAll("POST /SMS?to=%2B1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nX-A:  spaced  \r\n\r\nhello", pieceSize: pieceSize)
        let parsed = try #require(events.first?.parsed)
        #expect(events.count == 1)
        #expect(parsed.request.method == "POST")
        #expect(parsed.request.target == "/SMS?to=%2B1")
        #expect(parsed.request.queryValue("to") == "+1")
        #expect(parsed.request.headers["x-a"] == "spaced")
        #expect(parsed.request.bodyText == "hello")
        #expect(parsed.keepAlive)
        #expect(!parsed.isHead)
    }

    @Test(arguments: [1, 3, Int.max])
    func parsesChunkedBodiesWithExtensionsAndTrailers(pieceSize: Int) throws {
        let input = "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;name=value\r\nhello\r\n1 ; ext\r\n!\r\n0\r\nX-Checksum: abc\r\nX-Other: 1\r\n\r\n"
        let events = parseAll(input, pieceSize: pieceSize)
        let parsed = try #require(events.first?.parsed)
        #expect(parsed.request.bodyText == "hello!")
        #expect(parsed.request.trailers["x-checksum"] == "abc")
        #expect(parsed.request.trailers.count == 2)
    }

    @Test func parsesPipelinedRequests() {
        let input = "GET /a HTTP/1.1\r\nHost: x\r\n\r\nHEAD /b HTTP/1.1\r\nHost: x\r\n\r\nGET /c HTTP/1.0\r\n\r\n"
        let events = parseAll(input)
        #expect(events.compactMap { $0.parsed?.request.target } == ["/a", "/b", "/c"])
        #expect(events.compactMap { $0.parsed?.isHead } == [false, true, false])
        #expect(events.compactMap { $0.parsed?.keepAlive } == [true, true, false])
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: x\r\n\r\n", true),
        ("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", false),
        ("GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, CLOSE\r\n\r\n", false),
        ("GET / HTTP/1.0\r\n\r\n", false),
        ("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
        ("GET / HTTP/1.2\r\nHost: x\r\n\r\n", true),
    ])
    func decidesPersistence(input: String, keepAlive: Bool) {
        #expect(parseAll(input).first?.parsed?.keepAlive == keepAlive)
    }

    @Test func acceptsBareLineFeedsAndLeadingEmptyLines() {
        let events = parseAll("\r\n\nGET /x HTTP/1.1\nHost: x\n\n")
        #expect(events.first?.parsed?.request.target == "/x")
    }

    @Test func passesUnknownMethodsThrough() {
        #expect(parseAll("BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n").first?.parsed?.request.method == "BREW")
    }

    @Test func repeatedIdenticalContentLengthIsAccepted() {
        let events = parseAll("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok")
        #expect(events.first?.parsed?.request.bodyText == "ok")
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n", [false]),
        ("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok", [true, false]),
        ("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok", [false]),
        ("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", [true, false]),
    ])
    func reportsExpectContinueBeforeTheBody(input: String, continueThenRequest: [Bool]) {
        let events = parseAll(input)
        #expect(events.map { $0 == .expectsContinue } == continueThenRequest)
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5, 6\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x10\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length:\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, chunked\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 501),
        ("GET / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n41\r\n", 413),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n20\r\n\(String(repeating: "a", count: 32))\r\n21\r\n", 413),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 65\r\n\r\n", 413),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n", 413),
        ("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 65\r\n\r\n", 413),
        ("GET / HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n", 417),
        ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        ("GET / HTTP/0.9\r\n\r\n", 505),
        ("GET / HTTP/1\r\nHost: x\r\n\r\n", 400),
        ("GET / http/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET /\r\nHost: x\r\n\r\n", 400),
        ("GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("G(T / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nBad Name: v\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n folded\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: a\rb\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: \u{1}\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: \(String(repeating: "v", count: 1100))\r\n\r\n", 431),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: \(String(repeating: "v", count: 1100))", 431),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: \(String(repeating: "v", count: 1100))", 431),
    ])
    func rejectsBadRequests(input: String, status: Int) {
        let events = parseAll(input)
        #expect(events.last?.failureStatus == status)
        #expect(parseAll(input, pieceSize: 3).last?.failureStatus == status)
    }
}
