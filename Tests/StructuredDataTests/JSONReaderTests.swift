import Testing
@testable import StructuredData

/// Every class of syntax error, with its message and location (columns count Unicode scalars).
struct JSONReaderTests {
    static let errors: [(String, String, Int, Int)] = [
        ("", "unexpected end of input, expected a value", 1, 1),
        ("   ", "unexpected end of input, expected a value", 1, 4),
        ("{", "unexpected end of input, expected a string key or '}'", 1, 2),
        (#"{"a" 1}"#, "expected ':' after object key", 1, 6),
        (#"{"a":}"#, "unexpected character '}', expected a value after ':'", 1, 6),
        (#"{"a":1 "b":2}"#, "expected ',' or '}' after object member", 1, 8),
        (#"{"a":1"#, "unexpected end of input, expected ',' or '}' after object member", 1, 7),
        (#"{"a":1,}"#, "expected a string key after ','", 1, 8),
        ("{a:1}", "expected a string key or '}'", 1, 2),
        ("{'a':1}", "expected a string key or '}'", 1, 2),
        ("[1 2]", "expected ',' or ']' after array element", 1, 4),
        ("[1,]", "unexpected character ']', expected a value after ','", 1, 4),
        ("[,1]", "unexpected character ',', expected a value or ']'", 1, 2),
        ("[1", "unexpected end of input, expected ',' or ']' after array element", 1, 3),
        ("[01]", "leading zeros are not allowed in numbers", 1, 2),
        ("-", "unexpected end of input, expected a digit after '-'", 1, 2),
        ("-a", "expected a digit after '-'", 1, 2),
        ("1.", "unexpected end of input, expected a digit after '.'", 1, 3),
        ("1.e5", "expected a digit after '.'", 1, 3),
        ("1e", "unexpected end of input, expected a digit in the exponent", 1, 3),
        ("1e+", "unexpected end of input, expected a digit in the exponent", 1, 4),
        ("+1", "unexpected character '+', expected a value", 1, 1),
        (".5", "unexpected character '.', expected a value", 1, 1),
        ("1e400", "number out of range", 1, 1),
        ("-1e400", "number out of range", 1, 1),
        ("NaN", "unexpected character 'N', expected a value", 1, 1),
        ("Infinity", "unexpected character 'I', expected a value", 1, 1),
        ("[tru]", "invalid literal, expected 'true'", 1, 2),
        ("nul", "invalid literal, expected 'null'", 1, 1),
        ("fals", "invalid literal, expected 'false'", 1, 1),
        ("// note\n1", "unexpected character '/', expected a value", 1, 1),
        ("[1] // note", "unexpected character '/' after the JSON value", 1, 5),
        ("1 2", "unexpected character '2' after the JSON value", 1, 3),
        ("{} x", "unexpected character 'x' after the JSON value", 1, 4),
        ("truex", "unexpected character 'x' after the JSON value", 1, 5),
        ("\"abc", "unterminated string", 1, 1),
        ("[\"a\\", "unterminated string", 1, 2),
        ("\"a\nb\"", "unescaped control character U+000A in string", 1, 3),
        ("\"a\tb\"", "unescaped control character U+0009 in string", 1, 3),
        (#""\x""#, #"invalid escape sequence '\x' in string"#, 1, 2),
        (#""\'""#, #"invalid escape sequence '\'' in string"#, 1, 2),
        (#""\u12""#, #"expected 4 hex digits after '\u'"#, 1, 2),
        (#""\uZZZZ""#, #"expected 4 hex digits after '\u'"#, 1, 2),
        (#""ab\ud800""#, #"unpaired surrogate '\uD800' in string"#, 1, 4),
        (#""\udc00""#, #"unpaired surrogate '\uDC00' in string"#, 1, 2),
        (#""\ud800\u0041""#, #"unpaired surrogate '\uD800' in string"#, 1, 2),
        ("é", "unexpected character 'é', expected a value", 1, 1),
        ("\u{7}", "unexpected character U+0007, expected a value", 1, 1),
        // Locations: lines, CRLF, columns in characters, not bytes.
        ("{\n  \"a\": 1,\n  \"b\": 2\n  \"c\": 3\n}", "expected ',' or '}' after object member", 4, 3),
        ("[\r\n1\r\n,,]", "unexpected character ',', expected a value after ','", 3, 2),
        ("[\r1\r,,]", "unexpected character ',', expected a value after ','", 3, 2),
        ("[\"éé😀\" x]", "expected ',' or ']' after array element", 1, 8),
        ("\u{FEFF}[1,]", "unexpected character ']', expected a value after ','", 1, 4),
    ]

    @Test(arguments: errors)
    func reportsErrors(text: String, message: String, line: Int, column: Int) {
        let expected = JSONParseError(message: message, location: SourceLocation(line: line, column: column))
        #expect(throws: expected) { try JSONParser.parse(text) }
        #expect(throws: expected) { try JSONParser.parseDocument(Array(text.utf8)) }
    }

    static let invalidUTF8: [([UInt8], String, Int)] = [
        ([0x22, 0xFF, 0x22], "invalid UTF-8 byte 0xFF in string", 2),
        ([0x22, 0xC0, 0x80, 0x22], "invalid UTF-8 byte 0xC0 in string", 2),
        ([0x22, 0xE0, 0x80, 0x80, 0x22], "invalid UTF-8 byte 0xE0 in string", 2),
        ([0x22, 0xED, 0xA0, 0x80, 0x22], "invalid UTF-8 byte 0xED in string", 2),
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "invalid UTF-8 byte 0xF4 in string", 2),
        ([0x22, 0x61, 0x80, 0x22], "invalid UTF-8 byte 0x80 in string", 3),
        ([0x22, 0xC3], "invalid UTF-8 byte 0xC3 in string", 2),
        ([0x5B, 0xFF, 0x5D], "unexpected character byte 0xFF, expected a value or ']'", 2),
    ]

    @Test(arguments: invalidUTF8)
    func refusesInvalidUTF8(bytes: [UInt8], message: String, column: Int) {
        #expect(throws: JSONParseError(message: message, location: SourceLocation(line: 1, column: column))) {
            try JSONParser.parse(bytes)
        }
    }

    @Test func errorDescriptionNamesTheLocation() {
        do {
            _ = try JSONParser.parse("{\n  \"a\": 1\n  \"b\": 2\n}")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "expected ',' or '}' after object member at 3:3")
        }
    }
}
