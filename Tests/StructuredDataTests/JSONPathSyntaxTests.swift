import Testing
@testable import StructuredData

struct JSONPathSyntaxTests {
    static let accepted: [(String, [JSONPathPattern.Component])] = [
        ("$", []),
        ("$.a.b[0]", [.key("a"), .key("b"), .index(0)]),
        ("$['@id']", [.key("@id")]),
        (#"$["@id"]"#, [.key("@id")]),
        ("$.message-text", [.key("message-text")]),
        ("$.é", [.key("é")]),
        (#"$['it\'s']"#, [.key("it's")]),
        (#"$["a\"b"]"#, [.key("a\"b")]),
        (#"$["\u00e9\n"]"#, [.key("é\n")]),
        (#"$["\ud83d\ude00"]"#, [.key("😀")]),
        ("$[007]", [.index(7)]),
        (#"$["*"]"#, [.key("*")]),
        ("$.a*", [.key("a*")]),
        ("$.*", [.anyKey]),
        ("$[*]", [.anyIndex]),
        ("$.messages[*].id", [.key("messages"), .anyIndex, .key("id")]),
        ("$.*.status", [.anyKey, .key("status")]),
    ]

    @Test(arguments: accepted)
    func readsPatterns(text: String, expected: [JSONPathPattern.Component]) throws {
        #expect(try JSONPathSyntax.parse(text, allowingWildcards: true) == expected)
    }

    static let refused: [(String, String, Int)] = [
        ("", "a JSON path starts with '$'", 1),
        ("a.b", "a JSON path starts with '$'", 1),
        ("$a", "expected '.' or '['", 2),
        ("$.a b", "expected '.' or '['", 4),
        ("$.", "expected a key after '.'", 3),
        ("$.a.", "expected a key after '.'", 5),
        ("$..a", "expected a key after '.'", 3),
        ("$[", "expected an index, '*' or a quoted key after '['", 3),
        ("$[-1]", "expected an index, '*' or a quoted key after '['", 3),
        ("$[a]", "expected an index, '*' or a quoted key after '['", 3),
        ("$[0", "expected ']'", 4),
        (#"$["a""#, "expected ']'", 6),
        ("$['a]", "unterminated quoted key", 3),
        (#"$["\q"]"#, "invalid escape sequence", 4),
        (#"$["\u12"]"#, #"expected 4 hex digits after '\u'"#, 4),
        ("$[12345678901234567890]", "index too large", 3),
        ("$[**]", "expected ']'", 4),
    ]

    @Test(arguments: refused)
    func refusesMalformedText(text: String, message: String, column: Int) {
        #expect(throws: JSONPathError(message: message, text: text, column: column)) {
            try JSONPathSyntax.parse(text, allowingWildcards: true)
        }
    }

    static let wildcards: [(String, String, Int)] = [
        ("$.*", "wildcard '.*' is only allowed in path patterns", 3),
        ("$.a[*]", "wildcard '[*]' is only allowed in path patterns", 5),
    ]

    @Test(arguments: wildcards)
    func refusesWildcardsInPaths(text: String, message: String, column: Int) {
        #expect(throws: JSONPathError(message: message, text: text, column: column)) {
            try JSONPath(parsing: text)
        }
    }
}
