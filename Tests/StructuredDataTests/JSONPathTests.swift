import Testing
@testable import StructuredData

struct JSONPathTests {
    static let descriptions: [([JSONPath.Component], String)] = [
        ([], "$"),
        ([.key("a"), .key("b"), .index(0)], "$.a.b[0]"),
        ([.key("violations"), .index(0), .key("propertyPath")], "$.violations[0].propertyPath"),
        ([.key("@id")], #"$["@id"]"#),
        ([.key("message-text")], #"$["message-text"]"#),
        ([.key("_private1")], "$._private1"),
        ([.key("1a")], #"$["1a"]"#),
        ([.key("")], #"$[""]"#),
        ([.key("*")], #"$["*"]"#),
        ([.key("$match")], #"$["$match"]"#),
        ([.key("é")], #"$["é"]"#),
        ([.key("a\"b\\")], #"$["a\"b\\"]"#),
        ([.index(10), .index(2)], "$[10][2]"),
    ]

    @Test(arguments: descriptions)
    func printsPaths(components: [JSONPath.Component], expected: String) throws {
        let path = JSONPath(components)
        #expect(path.description == expected)
        #expect(try JSONPath(parsing: expected) == path)
    }

    @Test func buildsByAppending() {
        let path = JSONPath.root.appending("messages").appending(3).appending(.key("id"))
        #expect(path.components == [.key("messages"), .index(3), .key("id")])
        #expect(path.parent == JSONPath([.key("messages"), .index(3)]))
        #expect(JSONPath.root.parent == nil)
        #expect(JSONPath.root.isRoot)
        #expect(!path.isRoot)
    }

    @Test func ordersComponentWise() {
        let paths = [
            JSONPath([.key("b")]),
            JSONPath([.key("a"), .index(10)]),
            JSONPath([.key("a"), .index(2)]),
            JSONPath([.key("a")]),
            JSONPath([.index(0)]),
            JSONPath.root,
            JSONPath([.key("a"), .key("x")]),
        ]
        #expect(paths.sorted().map(\.description) == ["$", "$[0]", "$.a", "$.a[2]", "$.a[10]", "$.a.x", "$.b"])
    }

    static let document: JSONValue = [
        "messages": [["id": "m1", "to": "+4917"], ["id": "m2"]],
        "count": 2,
        "@id": "doc",
    ]

    static let lookups: [(String, JSONValue?)] = [
        ("$", document),
        ("$.count", 2),
        ("$.messages[1].id", "m2"),
        ("$.messages[0]", ["id": "m1", "to": "+4917"]),
        (#"$["@id"]"#, "doc"),
        ("$.messages[2]", nil),
        ("$.messages.id", nil),
        ("$.count[0]", nil),
        ("$.missing", nil),
    ]

    @Test(arguments: lookups)
    func looksUpValues(path: String, expected: JSONValue?) throws {
        #expect(try Self.document.value(at: JSONPath(parsing: path)) == expected)
    }

    @Test func hashesLikeItCompares() {
        let set: Set<JSONPath> = [JSONPath([.key("a")]), JSONPath.root.appending("a"), JSONPath([.index(0)])]
        #expect(set.count == 2)
    }
}
