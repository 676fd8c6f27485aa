import ContractHarness
import StructuredData
import Testing

@Suite struct ValueMatcherTests {
    static let cases: [(JSONValue, JSONValue, Bool)] = [
        (["$match": "any"], .null, true),
        (["$match": "string"], "x", true),
        (["$match": "string"], 1, false),
        (["$match": "string", "max_length": 2], "abc", false),
        (["$match": "string", "min_length": 2], "é", false),
        (["$match": "number", "min": 0], 0.056, true),
        (["$match": "number", "min": 0], -1, false),
        (["$match": "integer"], 3, true),
        (["$match": "integer"], 3.5, false),
        (["$match": "integer", "max": 10], 11, false),
        (["$match": "boolean"], false, true),
        (["$match": "boolean"], "false", false),
        (["$match": "uuid"], "11111111-2222-3333-4444-555555555555", true),
        (["$match": "uuid"], "11111111-2222-3333-4444-55555555555", false),
        (["$match": "uuid"], "1111111x-2222-3333-4444-555555555555", false),
        (["$match": "iso8601"], "2024-09-20T04:39:13.819Z", true),
        (["$match": "iso8601"], "2024-09-20T04:39:13+10:00", true),
        (["$match": "iso8601"], "2024-09-20 04:39:13", false),
        (["$match": "unix_time"], 1_755_868_416, true),
        (["$match": "unix_time"], 42, false),
        (["$match": "regex", "pattern": "^[A-Z]{2}$"], "US", true),
        (["$match": "regex", "pattern": "^[A-Z]{2}$"], "USA", false),
        (["$match": "one_of", "values": [0, 100]], 100, true),
        (["$match": "one_of", "values": [0, 100]], 208, false),
    ]

    @Test(arguments: cases)
    func matching(matcher: JSONValue, value: JSONValue, matches: Bool) throws {
        let parsed = try ValueMatcher.parse(#require(matcher.objectValue)).get()
        #expect((parsed.mismatch(value) == nil) == matches)
    }

    static let malformed: [(JSONValue, String)] = [
        (["$match": "uuids"], "$match"),
        (["$match": 1], "$match"),
        (["$match": "regex"], "pattern"),
        (["$match": "regex", "pattern": "("], "pattern"),
        (["$match": "uuid", "min": 1], "min"),
        (["$match": "one_of", "values": []], "values"),
        (["$match": "regex", "patern": "^a"], "patern"), // The misspelt option is named, not the missing one.
    ]

    @Test(arguments: [(["$match": "regex", "patern": "^a"], "did you mean \"pattern\"?"), (["$match": "uiud"], "did you mean \"uuid\"?"),
                      (["$match": "string", "min_lenght": 1], "did you mean \"min_length\"?")] as [(JSONValue, String)])
    func misspeltKindsAndOptionsGetASuggestion(matcher: JSONValue, suggestion: String) throws {
        guard case .failure(let error) = ValueMatcher.parse(try #require(matcher.objectValue)) else {
            Issue.record("expected \(matcher) to be refused")
            return
        }
        #expect(error.message.contains(suggestion), "\(error.message)")
    }

    @Test(arguments: malformed)
    func malformedMatchersNameTheField(matcher: JSONValue, field: String) throws {
        guard case .failure(let error) = ValueMatcher.parse(try #require(matcher.objectValue)) else {
            Issue.record("expected \(matcher) to be refused")
            return
        }
        #expect(error.field == field)
    }
}
