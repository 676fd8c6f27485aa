import Testing
@testable import MailFormats

@Suite struct MailParseErrorTests {
    @Test(arguments: [
        (MailParseError.malformedHeader(line: 3, part: "", text: "oops"), "line 3 (message): header line is not 'Name: value': \"oops\"", ""),
        (.continuationWithoutField(line: 1, part: "2"), "line 1 (part 2): continuation line (starting with a space) before any header field", "2"),
        (.missingBoundary(line: 4, part: "1"), "line 4 (part 1): multipart Content-Type without a boundary parameter", "1"),
        (.boundaryNotFound(boundary: "b", line: 2, part: ""), "line 2 (message): the multipart boundary \"b\" never appears in the body", ""),
        (.missingClosingBoundary(boundary: "b", part: "1"), "part 1: the multipart body ends without the closing --b-- line", "1"),
        (.invalidBase64(line: 9, part: "2.1"), "line 9 (part 2.1): character outside the base64 alphabet", "2.1"),
        (.unknownTransferEncoding("x-uue", part: ""), "message: unknown Content-Transfer-Encoding \"x-uue\", body left as is", ""),
        (.unknownCharset("klingon", part: "1"), "part 1: unknown charset \"klingon\", read as UTF-8 or windows-1252", "1"),
        (.missingHeaderSection(line: 5, part: "3"), "line 5 (part 3): part starts without headers or a blank line; read as body", "3"),
        (.nestingTooDeep(line: 7, part: "1.1"), "line 7 (part 1.1): multipart nesting too deep", "1.1"),
    ])
    func saysWhatAndWhere(error: MailParseError, description: String, part: String) {
        #expect(error.description == description)
        #expect(error.part == part)
    }
}
