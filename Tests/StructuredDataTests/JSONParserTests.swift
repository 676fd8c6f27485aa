import Testing
@testable import StructuredData

struct JSONParserTests {
    static let validDocuments: [(String, JSONValue)] = [
        ("null", .null),
        ("true", true),
        ("201", 201),
        (#""x""#, "x"),
        ("[]", []),
        ("{}", [:]),
        (" \t\r\n[1, 2 ,3] \n", [1, 2, 3]),
        (#"{"a":{"b":[null,{}]},"c":"d"}"#, ["a": ["b": [nil, [:]]], "c": "d"]),
        (#"[[[]], [[1]]]"#, [[[]], [[1]]]),
        (#"{"to":"+4917612345678","body":"Hi"}"#, ["to": "+4917612345678", "body": "Hi"]),
    ]

    @Test(arguments: validDocuments)
    func parsesValidDocuments(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
        #expect(try JSONParser.parse(Array(text.utf8)) == expected)
    }

    @Test func duplicateKeyKeepsFirstPositionAndLastValue() throws {
        let value = try JSONParser.parse(#"{"a":1,"b":2,"a":3}"#)
        #expect(value.objectValue?.keys == ["a", "b"])
        #expect(value["a"] == 3)
        #expect(value["b"] == 2)
    }

    @Test func keepsMemberOrder() throws {
        let value = try JSONParser.parse(#"{"z":1,"a":2,"m":3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    @Test func toleratesByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == [1])
    }

    @Test func acceptsMaximumDepth() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try JSONParser.parse(text)
        var levels = 0
        while case .array(let elements) = value {
            levels += 1
            value = elements.first ?? .null
        }
        #expect(levels == 512)
    }

    @Test func refusesOneLevelDeeperWithoutCrashing() {
        let text = String(repeating: "{\"a\":", count: 512) + "[]" + String(repeating: "}", count: 512)
        #expect(throws: JSONParseError(message: "nesting deeper than 512 arrays and objects",
                                       location: SourceLocation(line: 1, column: 512 * 5 + 1))) {
            try JSONParser.parse(text)
        }
    }

    @Test func refusesVeryDeepInputWithAnError() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func parseDocumentGivesTheSameValue() throws {
        let text = #"{"a":[1,{"b":null}],"c":"d"}"#
        #expect(try JSONParser.parseDocument(Array(text.utf8)).root == JSONParser.parse(text))
        #expect(try JSONParser.parseDocument(text).root == JSONParser.parse(text))
    }
}
