import Testing
@testable import MailFormats

@Suite struct MultipartBodyTests {
    private func split(_ text: String, boundary: String = "b") -> (parts: [String], lines: [Int], closed: Bool)? {
        let bytes = Array(text.utf8)[...]
        guard let body = MultipartBody(bytes, boundary: boundary, firstLine: 10) else { return nil }
        return (body.parts.map { String(decoding: $0.bytes, as: UTF8.self) }, body.parts.map(\.firstLine), body.isClosed)
    }

    @Test(arguments: [
        ("--b\r\none\r\n--b\r\ntwo\r\n--b--\r\n", ["one", "two"], [11, 13], true),
        ("preamble\r\n--b\r\none\r\n--b--\r\nepilogue\r\n--b\r\nignored", ["one"], [12], true),
        ("--b\none\n\n--b--\n", ["one\n"], [11], true),
        ("--b  \r\none\r\n--b--\t\r\n", ["one"], [11], true),
        ("--b\r\n--b\r\n\r\n--b--", ["", ""], [11, 12], true),
        ("--b\r\nunclosed\r\n", ["unclosed\r\n"], [11], false),
        ("--b\r\n--bc\r\n--b-x\r\n--b--", ["--bc\r\n--b-x"], [11], true),
        ("--b--", [], [], true),
    ])
    func cutsAtDelimiterLines(text: String, parts: [String], lines: [Int], closed: Bool) throws {
        let result = try #require(split(text))
        #expect(result.parts == parts)
        #expect(result.lines == lines)
        #expect(result.closed == closed)
    }

    @Test func aNestedBoundaryThatExtendsTheOuterOneIsNotADelimiter() throws {
        let text = "--outer\r\nContent-Type: multipart/alternative; boundary=outer-inner\r\n\r\n--outer-inner\r\nx\r\n--outer-inner--\r\n--outer--\r\n"
        let result = try #require(split(text, boundary: "outer"))
        #expect(result.parts.count == 1)
        #expect(result.parts.first?.hasSuffix("--outer-inner--") == true)
    }

    @Test func noDelimiterAtAllIsNil() {
        #expect(split("text mentioning --b in passing\r\n-- b\r\n") == nil)
    }
}
