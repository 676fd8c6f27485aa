import Testing
@testable import StructuredData

struct JSONDocumentTests {
    static let text = """
        {
          "name": "send sms",
          "request": {
            "method": "POST",
            "body": {"to": ["+4917", "+4915"], "n": 2}
          },
          "héllo": true
        }
        """

    static let values: [(String, Int, Int)] = [
        ("$", 1, 1),
        ("$.name", 2, 11),
        ("$.request", 3, 14),
        ("$.request.method", 4, 15),
        ("$.request.body", 5, 13),
        ("$.request.body.to", 5, 20),
        ("$.request.body.to[0]", 5, 21),
        ("$.request.body.to[1]", 5, 30),
        ("$.request.body.n", 5, 45),
        ("$[\"héllo\"]", 7, 12),
    ]

    @Test(arguments: values)
    func locatesValues(path: String, line: Int, column: Int) throws {
        let document = try JSONParser.parseDocument(Self.text)
        #expect(try document.location(of: JSONPath(parsing: path)) == SourceLocation(line: line, column: column))
    }

    static let keys: [(String, SourceLocation?)] = [
        ("$.name", SourceLocation(line: 2, column: 3)),
        ("$.request", SourceLocation(line: 3, column: 3)),
        ("$.request.method", SourceLocation(line: 4, column: 5)),
        ("$.request.body", SourceLocation(line: 5, column: 5)),
        ("$.request.body.to", SourceLocation(line: 5, column: 14)),
        ("$.request.body.n", SourceLocation(line: 5, column: 40)),
        ("$[\"héllo\"]", SourceLocation(line: 7, column: 3)),
        ("$", SourceLocation?.none),
        ("$.request.body.to[0]", SourceLocation?.none),
        ("$.missing", SourceLocation?.none),
    ]

    @Test(arguments: keys)
    func locatesKeys(path: String, expected: SourceLocation?) throws {
        let document = try JSONParser.parseDocument(Self.text)
        #expect(try document.keyLocation(of: JSONPath(parsing: path)) == expected)
    }

    static let missing = ["$.missing", "$.name.deeper", "$.request.body.to[2]", "$[0]"]

    @Test(arguments: missing)
    func hasNoLocationForAbsentValues(path: String) throws {
        let document = try JSONParser.parseDocument(Self.text)
        #expect(try document.location(of: JSONPath(parsing: path)) == nil)
    }

    static let nearest: [(String, Int, Int)] = [
        ("$.request.body.missing", 5, 5),
        ("$.request.body.to[7]", 5, 14),
        ("$.request.method", 4, 5),
        ("$.absent.deeper", 1, 1),
    ]

    @Test(arguments: nearest)
    func findsTheNearestExistingPlace(path: String, line: Int, column: Int) throws {
        let document = try JSONParser.parseDocument(Self.text)
        #expect(try document.nearestLocation(of: JSONPath(parsing: path)) == SourceLocation(line: line, column: column))
    }

    @Test func repeatedKeyPointsAtTheWinningValue() throws {
        let document = try JSONParser.parseDocument("{\"a\": {\"x\": 1, \"y\": 2},\n \"a\": {\"x\": 3}}")
        #expect(document.root == ["a": ["x": 3]])
        #expect(document.location(of: JSONPath([.key("a"), .key("x")])) == SourceLocation(line: 2, column: 13))
        #expect(document.keyLocation(of: JSONPath([.key("a")])) == SourceLocation(line: 2, column: 2))
        #expect(document.location(of: JSONPath([.key("a"), .key("y")])) == nil)
    }

    @Test func countsFromAfterTheByteOrderMark() throws {
        let document = try JSONParser.parseDocument([0xEF, 0xBB, 0xBF] + Array("[1, 2]".utf8))
        #expect(document.location(of: .root) == SourceLocation(line: 1, column: 1))
        #expect(document.location(of: JSONPath([.index(1)])) == SourceLocation(line: 1, column: 5))
    }
}
