import Testing
import StructuredData

/// Strings, numbers and literals.
struct JSONReaderScalarsTests {
    static let scalars: [(String, JSONValue)] = [
        ("null", .null),
        ("true", true),
        ("false", false),
        ("0", 0),
        ("-0", .number(-0.0)),
        ("201", 201),
        ("-600", -600),
        ("0.056", 0.056),
        ("1e3", 1000),
        ("1E-2", 0.01),
        ("-1.5e+2", -150),
        ("123456789012345678", .number(Double(123_456_789_012_345_678 as Int))),
        ("12345678901234567890", .number(12_345_678_901_234_567_890.0)),
        ("9007199254740993", .number(9_007_199_254_740_992)),
        ("1e-400", 0),
    ]

    @Test(arguments: scalars)
    func readsScalars(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
    }

    static let strings: [(String, JSONValue)] = [
        (#""""#, ""),
        (#""a\"b""#, "a\"b"),
        (#""\\ \/ \b \f \n \r \t""#, "\\ / \u{08} \u{0C} \n \r \t"),
        (#""\u00e9\u00C9""#, "éÉ"),
        (#""\ud83d\ude00""#, "😀"),
        (#""grüße 😀""#, "grüße 😀"),
        (#""a\u0000b""#, "a\u{0}b"),
        ("\"a\\u0041\\u00e9\\n" + String(repeating: "x", count: 100) + "\"", .string("aAé\n" + String(repeating: "x", count: 100))),
    ]

    @Test(arguments: strings)
    func readsStrings(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
        #expect(try JSONParser.parse("[" + text + "," + text + "]") == [expected, expected])
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let value = try JSONParser.parse("-0")
        #expect(value.numberValue?.sign == .minus)
    }

    static let literals: [(String, JSONValue)] = [("true", true), ("false", false), ("null", nil), (" null ", nil)]

    @Test(arguments: literals)
    func readsLiterals(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
    }
}
