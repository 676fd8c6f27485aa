import Testing
@testable import Wire

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
