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
}
