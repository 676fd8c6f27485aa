import Testing
import StructuredData

struct StructuralDiffTests {
    static let exact: [(JSONValue, JSONValue, [String])] = [
        (["a": 201], ["a": 201.0], []),
        (["b": 1, "a": 2], ["a": 2, "b": 1], []),
        (1, 2, ["$: expected 1, got 2"]),
        (["phone": "+4917"], ["phone": "+4915"], [#"$.phone: expected "+4917", got "+4915""#]),
        (["ok": true], ["ok": false], ["$.ok: expected true, got false"]),
        (["uuid": "x", "a": 1], ["a": 1], ["$.uuid: missing"]),
        (["a": 1], ["a": 1, "extra": true], ["$.extra: unexpected member"]),
        (["count": 2], ["count": "2"], [#"$.count: expected number 2, got string "2""#]),
        (["a": nil], ["a": [:]], ["$.a: expected null, got object {}"]),
        ([1, 2, 3], [1, 5], ["$[1]: expected 2, got 5", "$[2]: missing"]),
        ([1], [1, 2, ["a": 1]], ["$[1]: unexpected element", "$[2]: unexpected element"]),
        (["a": ["b": [["c": 1]]]], ["a": ["b": [["c": 2]]]], ["$.a.b[0].c: expected 1, got 2"]),
        (
            ["b": 1, "a": 2, "gone": nil],
            ["a": 3, "z": 0, "b": 1, "y": nil],
            ["$.a: expected 2, got 3", "$.gone: missing", "$.z: unexpected member", "$.y: unexpected member"]
        ),
    ]

    @Test(arguments: exact)
    func comparesExactly(expected: JSONValue, actual: JSONValue, differences: [String]) {
        #expect(StructuralDiff().differences(expected: expected, actual: actual).map(\.description) == differences)
    }

    @Test func reportsKindsAndValues() {
        let found = StructuralDiff().differences(expected: ["a": 1, "b": "x", "c": [1]], actual: ["a": 2, "b": 3, "d": nil])
        #expect(found == [
            .changed(JSONPath([.key("a")]), expected: 1, actual: 2),
            .typeMismatch(JSONPath([.key("b")]), expected: "x", actual: 3),
            .missing(JSONPath([.key("c")]), expected: [1]),
            .unexpected(JSONPath([.key("d")]), actual: nil),
        ])
    }

    static let ignoring: [([String], JSONValue, JSONValue, [String])] = [
        (["$.id"], ["id": "a", "n": 1], ["id": "b", "n": 1], []),
        (["$.id"], ["id": "a"], [:], []),
        (["$.id"], [:], ["id": "b"], []),
        (["$.messages[*].timestamp"],
         ["messages": [["timestamp": 1, "to": "x"], ["timestamp": 2, "to": "y"]]],
         ["messages": [["timestamp": 9, "to": "x"], ["timestamp": 8, "to": "z"]]],
         [#"$.messages[1].to: expected "y", got "z""#]),
        (["$.meta"], ["meta": ["a": 1]], ["meta": "whatever"], []),
        (["$.*.ts"], ["a": ["ts": 1], "b": ["ts": 2, "v": 1]], ["a": ["ts": 3], "b": ["ts": 4, "v": 2]],
         ["$.b.v: expected 1, got 2"]),
        (["$[*]"], [1, 2], [3, 4, 5], []),
    ]

    @Test(arguments: ignoring)
    func skipsIgnoredPaths(patterns: [String], expected: JSONValue, actual: JSONValue, differences: [String]) throws {
        var parsed: [JSONPathPattern] = []
        for pattern in patterns { parsed.append(try JSONPathPattern(parsing: pattern)) }
        let diff = StructuralDiff(ignoring: parsed)
        #expect(diff.differences(expected: expected, actual: actual).map(\.description) == differences)
    }

    static let subset: [(JSONValue, JSONValue, [String])] = [
        (["a": 1], ["a": 1, "b": 2], []),
        (["a": ["x": 1]], ["a": ["x": 1, "y": 2], "c": 3], []),
        (["a": 1, "b": 2], ["a": 1], ["$.b: missing"]),
        (["list": [["x": 1]]], ["list": [["x": 1, "y": 2], ["x": 3]]], ["$.list[1]: unexpected element"]),
    ]

    @Test(arguments: subset)
    func acceptsExtraMembersInSubsetMode(expected: JSONValue, actual: JSONValue, differences: [String]) {
        let diff = StructuralDiff(extraMembers: .ignore)
        #expect(diff.differences(expected: expected, actual: actual).map(\.description) == differences)
    }

    /// A matcher hook in the style of `{"$match": "uuid"}`.
    static let uuidMatcher: StructuralDiff.Override = { expected, actual, path in
        guard expected["$match"] == "uuid" else { return nil }
        if let text = actual.stringValue, text.utf8.count == 36, text.split(separator: "-").count == 5 { return [] }
        return [StructuralDifference(path: path, kind: .changed, expected: expected, actual: actual, message: "expected a UUID")]
    }

    static let overridden: [(JSONValue, [String])] = [
        (["id": "123e4567-e89b-12d3-a456-426614174000", "n": 1], []),
        (["id": "abc", "n": 1], [#"$.id: expected a UUID, got "abc""#]),
        (["id": 5, "n": 2], ["$.id: expected a UUID, got 5", "$.n: expected 1, got 2"]),
        (["n": 1], ["$.id: missing"]),
    ]

    @Test(arguments: overridden)
    func letsAnOverrideReplaceTheComparison(actual: JSONValue, differences: [String]) {
        let diff = StructuralDiff(override: Self.uuidMatcher)
        let expected: JSONValue = ["id": ["$match": "uuid"], "n": 1]
        #expect(diff.differences(expected: expected, actual: actual).map(\.description) == differences)
    }

    @Test func ignoringWinsOverTheOverride() throws {
        let diff = StructuralDiff(ignoring: [try JSONPathPattern(parsing: "$.id")], override: Self.uuidMatcher)
        #expect(diff.differences(expected: ["id": ["$match": "uuid"]], actual: ["id": "abc"]).isEmpty)
    }

    /// Member order, when compared: one `reordered` difference at the object, shared keys only.
    static let ordered: [(JSONValue, JSONValue, [String])] = [
        (["1": 1, "2": 2], ["1": 1, "2": 2], []),
        (["2": 1, "1": 2], ["1": 2, "2": 1], [#"$: expected members in the order ["2","1"], got ["1","2"]"#]),
        (["a": 1, "b": 2, "c": 3], ["a": 1, "x": 0, "b": 2], ["$.c: missing", "$.x: unexpected member"]),
        (["m": ["2": 1, "1": 1]], ["m": ["1": 1, "2": 1]], [#"$.m: expected members in the order ["2","1"], got ["1","2"]"#]),
        ([["b": 1, "a": 1]], [["a": 1, "b": 2]], [#"$[0]: expected members in the order ["b","a"], got ["a","b"]"#, "$[0].b: expected 1, got 2"]),
    ]

    @Test(arguments: ordered)
    func comparesMemberOrderWhenAsked(expected: JSONValue, actual: JSONValue, differences: [String]) {
        #expect(StructuralDiff(memberOrder: .compared).differences(expected: expected, actual: actual).map(\.description) == differences)
    }

    @Test func aReorderingIsItsOwnKindWithTheKeysAsValues() throws {
        let difference = try #require(StructuralDiff(memberOrder: .compared).differences(expected: ["b": 1, "a": 1], actual: ["a": 1, "b": 1]).first)
        #expect(difference.kind == .reordered)
        #expect(difference.expected == ["b", "a"] && difference.actual == ["a", "b"])
    }

    @Test func anIgnoredObjectsOrderIsIgnoredToo() throws {
        let diff = StructuralDiff(ignoring: [try JSONPathPattern(parsing: "$.m")], memberOrder: .compared)
        #expect(diff.differences(expected: ["m": ["b": 1, "a": 1]], actual: ["m": ["a": 1, "b": 1]]).isEmpty)
    }
}
