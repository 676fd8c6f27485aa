import Testing
import StructuredData

struct JSONPathPatternTests {
    static let descriptions: [String] = [
        "$", "$.messages[*].id", "$.*.status", "$[*]", "$.*", #"$["*"]"#, #"$["@id"]"#, "$.a[0].b",
    ]

    @Test(arguments: descriptions)
    func printsWhatItParsed(text: String) throws {
        #expect(try JSONPathPattern(parsing: text).description == text)
    }

    static let matching: [(String, String, Bool)] = [
        ("$.messages[*].id", "$.messages[0].id", true),
        ("$.messages[*].id", "$.messages[17].id", true),
        ("$.messages[*].id", "$.messages.x.id", false),
        ("$.messages[*].id", "$.messages[0]", false),
        ("$.messages[*].id", "$.messages[0].id.x", false),
        ("$.*.status", "$.a.status", true),
        ("$.*.status", "$[0].status", false),
        ("$.*", #"$["@id"]"#, true),
        ("$[*]", "$[3]", true),
        ("$[*]", "$.a", false),
        (#"$["*"]"#, "$.a", false),
        (#"$["*"]"#, #"$["*"]"#, true),
        ("$.a[1]", "$.a[1]", true),
        ("$.a[1]", "$.a[2]", false),
        ("$", "$", true),
        ("$", "$.a", false),
    ]

    @Test(arguments: matching)
    func matchesPaths(pattern: String, path: String, expected: Bool) throws {
        #expect(try JSONPathPattern(parsing: pattern).matches(JSONPath(parsing: path)) == expected)
    }

    @Test func exactPatternFromPath() throws {
        let path = try JSONPath(parsing: "$.a[2].b")
        let pattern = JSONPathPattern(path)
        #expect(pattern.components == [.key("a"), .index(2), .key("b")])
        #expect(pattern.matches(path))
        #expect(pattern == (try JSONPathPattern(parsing: "$.a[2].b")))
    }
}
