import Testing
@testable import Wire

@Suite struct HTTPResponseEncoderTests {
    private func encode(_ response: HTTPResponse, isHead: Bool = false, closing: Bool = false) -> String {
        var output: [UInt8] = []
        let context = HTTPResponseEncoder.Context(isHead: isHead, closing: closing, date: Array("D".utf8))
        HTTPResponseEncoder.encode(response, context: context, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @Test func addsLengthDateAndConnection() {
        #expect(encode(HTTPResponse(status: 201, headers: ["X-A": "1"], body: Array("ok".utf8)))
            == "HTTP/1.1 201 Created\r\nX-A: 1\r\nContent-Length: 2\r\nDate: D\r\nConnection: keep-alive\r\n\r\nok")
    }

    @Test func headKeepsTheLengthAndDropsTheBody() {
        #expect(encode(HTTPResponse(status: 200, body: Array("hello".utf8)), isHead: true)
            == "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nDate: D\r\nConnection: keep-alive\r\n\r\n")
    }

    @Test(arguments: [100, 204, 304])
    func bodilessStatusesGetNoLengthAndNoBody(status: Int) {
        let text = encode(HTTPResponse(status: status, body: Array("x".utf8)))
        #expect(!text.contains("Content-Length"))
        #expect(text.hasSuffix("\r\n\r\n"))
    }

    @Test func closingOverridesAHandlerKeepAlive() {
        let text = encode(HTTPResponse(status: 200, headers: ["Connection": "keep-alive"]), closing: true)
        #expect(text.contains("Connection: close\r\n"))
        #expect(!text.contains("keep-alive"))
    }

    @Test func handlerFieldsAreKeptAsGiven() {
        let text = encode(HTTPResponse(status: 299, headers: ["date": "mine", "content-length": "9", "Connection": "close"]), closing: true)
        #expect(text == "HTTP/1.1 299 Unknown\r\ndate: mine\r\ncontent-length: 9\r\nConnection: close\r\n\r\n")
    }

    @Test func handlerTransferEncodingSuppressesContentLength() {
        let text = encode(HTTPResponse(status: 200, headers: ["Transfer-Encoding": "chunked"], body: Array("0\r\n\r\n".utf8)))
        #expect(!text.contains("Content-Length"))
        #expect(text.hasSuffix("\r\n\r\n0\r\n\r\n"))
    }

    @Test(arguments: [(0, "Thu, 01 Jan 1970 00:00:00 GMT"), (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT")])
    func formatsIMFFixdate(seconds: Int, expected: String) {
        #expect(HTTPDateCache.format(seconds) == expected)
    }
}

@Suite struct DeadlineHeapTests {
    @Test func popsInOrderOnlyWhenDue() {
        var heap = DeadlineHeap()
        for (index, seconds) in [5, 1, 4, 2, 3, 1].enumerated() {
            heap.push(MonotonicInstant(nanoseconds: UInt64(seconds)), token: UInt64(index))
        }
        #expect(heap.popDue(at: MonotonicInstant(nanoseconds: 0)) == nil)
        var popped: [UInt64] = []
        while let entry = heap.popDue(at: MonotonicInstant(nanoseconds: 3)) { popped.append(entry.instant.nanoseconds) }
        #expect(popped == [1, 1, 2, 3])
        #expect(heap.count == 2)
        #expect(heap.first?.instant == MonotonicInstant(nanoseconds: 4))
    }
}

@Suite struct ChunkedBodyDecoderTests {
    @Test(arguments: [("0\r\n\r\n", ""), ("3\r\nabc\r\n0\r\n\r\n", "abc"), ("A\n0123456789\n0\n\n", "0123456789"), ("1;a;b=\"c\"\r\nx\r\n0\r\n\r\n", "x")])
    func decodes(input: String, body: String) {
        var decoder = ChunkedBodyDecoder(maxBodyBytes: 100, maxTrailerBytes: 100)
        var output: [UInt8] = []
        let bytes = Array(input.utf8)
        let (consumed, outcome) = bytes.withUnsafeBytes { decoder.decode($0, into: &output) }
        #expect(outcome == .done)
        #expect(consumed == bytes.count)
        #expect(String(decoding: output, as: UTF8.self) == body)
    }

    @Test func stopsAtTheEndOfTheBody() {
        var decoder = ChunkedBodyDecoder(maxBodyBytes: 100, maxTrailerBytes: 100)
        var output: [UInt8] = []
        let bytes = Array("1\r\nx\r\n0\r\n\r\nGET /next".utf8)
        let (consumed, outcome) = bytes.withUnsafeBytes { decoder.decode($0, into: &output) }
        #expect(outcome == .done)
        #expect(consumed == bytes.count - "GET /next".utf8.count)
    }
}
