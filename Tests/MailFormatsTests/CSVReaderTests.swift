import Testing
@testable import MailFormats

@Suite struct CSVReaderTests {
    @Test(arguments: [
        ("61409000000,Server 23 is offline.\r\n61409000001,Server 23 is offline.\r\n", [["61409000000", "Server 23 is offline."], ["61409000001", "Server 23 is offline."]]),
        ("60409000000, Sever 23 is Offline\n60409000001, Sever 23 is Offline\n\n\n", [["60409000000", " Sever 23 is Offline"], ["60409000001", " Sever 23 is Offline"]]),
        ("a,\"b, with comma\",c", [["a", "b, with comma", "c"]]),
        ("\"say \"\"hi\"\"\",x", [["say \"hi\"", "x"]]),
        ("\"two\r\nlines\",x\r\ny,z", [["two\r\nlines", "x"], ["y", "z"]]),
        ("a,b\rc,d\r", [["a", "b"], ["c", "d"]]),
        ("a,,c,\n", [["a", "", "c", ""]]),
        ("\"\",\"\"", [["", ""]]),
        ("a\n\nb\n", [["a"], [""], ["b"]]),
        ("\u{FEFF}a,b", [["a", "b"]]),
        ("", []),
        ("\r\n\r\n", []),
        ("\"\"\"\"", [["\""]]),
        ("61409000000,Grüße ✓", [["61409000000", "Grüße ✓"]]),
    ])
    func readsRFC4180(text: String, records: [[String]]) throws {
        #expect(try CSVReader.parse(text) == records)
    }

    @Test(arguments: [
        ("a,\"unterminated\nb,c", CSVParseError(kind: .unterminatedQuote, record: 1, field: 2, line: 1, column: 3)),
        ("a,b\n\"x\"y,z", CSVParseError(kind: .textAfterClosingQuote, record: 2, field: 1, line: 2, column: 4)),
        ("a,b\nc,d\"e", CSVParseError(kind: .quoteInUnquotedField, record: 2, field: 2, line: 2, column: 4)),
        ("\"multi\nline\" ,x", CSVParseError(kind: .textAfterClosingQuote, record: 1, field: 1, line: 2, column: 6)),
        ("a\n\n\"x\"\"", CSVParseError(kind: .unterminatedQuote, record: 3, field: 1, line: 3, column: 1)),
    ])
    func errorsNameRecordFieldLineAndColumn(text: String, error: CSVParseError) {
        #expect(throws: error) { try CSVReader.parse(text) }
    }

    @Test(arguments: [
        ([UInt8]([0xEF, 0xBB, 0xBF]) + Array("a,é".utf8), [["a", "é"]]),
        (Array("a,caf".utf8) + [0xE9, 0x0D, 0x0A, 0x80], [["a", "café"], ["€"]]),
    ])
    func readsBytesAsUTF8OrWindows1252(bytes: [UInt8], records: [[String]]) throws {
        #expect(try CSVReader.parse(bytes) == records)
    }
}
