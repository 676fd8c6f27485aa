import Testing
@testable import smscontract_bench

@Suite struct ResponseFramingTests {
    @Test(arguments: [
        ("HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok", ResponseFraming.Outcome.complete(status: 201, length: 45, closes: false)),
        ("HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\no", .incomplete),
        ("HTTP/1.1 201 Creat", .incomplete),
        ("HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\nConnection: close\r\n\r\n", .complete(status: 502, length: 66, closes: true)),
        ("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n", .complete(status: 200, length: 38, closes: true)),
        ("HTTP/1.1 204 No Content\r\n\r\n", .complete(status: 204, length: 27, closes: false)),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", .unsupported("a chunked body")),
        ("HTTP/1.1 200 OK\r\n\r\n", .unsupported("a body without Content-Length")),
        ("NOPE\r\n\r\n", .unsupported("malformed status line")),
    ])
    func findsTheEndOfTheFirstResponse(text: String, expected: ResponseFraming.Outcome) {
        #expect(ResponseFraming.parse(Array(text.utf8)) == expected)
    }
}
