import Testing
import StructuredData

struct StructuralDifferenceTests {
    static let descriptions: [(StructuralDifference, String)] = [
        (.changed(JSONPath([.key("phone")]), expected: "+4917612345678", actual: "+4915112345678"),
         #"$.phone: expected "+4917612345678", got "+4915112345678""#),
        (.changed(.root, expected: 201, actual: 202.5), "$: expected 201, got 202.5"),
        (.missing(JSONPath([.key("uuid")]), expected: "x"), "$.uuid: missing"),
        (.unexpected(JSONPath([.key("extra")]), actual: true), "$.extra: unexpected member"),
        (.unexpected(JSONPath([.key("list"), .index(2)]), actual: 3), "$.list[2]: unexpected element"),
        (.reordered(JSONPath([.key("Messages")]), expected: ["2", "1"], actual: ["1", "2"]),
         #"$.Messages: expected members in the order ["2","1"], got ["1","2"]"#),
        (.typeMismatch(JSONPath([.key("count")]), expected: 2, actual: "2"),
         #"$.count: expected number 2, got string "2""#),
        (.typeMismatch(JSONPath([.key("a")]), expected: nil, actual: ["b": [1]]),
         #"$.a: expected null, got object {"b":[1]}"#),
        (.changed(JSONPath([.key("message-text")]), expected: "a\nb", actual: "a"),
         #"$["message-text"]: expected "a\nb", got "a""#),
        (StructuralDifference(path: JSONPath([.key("id")]), kind: .changed, expected: ["$match": "uuid"], actual: "abc",
                              message: "expected a UUID"),
         #"$.id: expected a UUID, got "abc""#),
        (StructuralDifference(path: JSONPath([.key("id")]), kind: .missing, expected: ["$match": "uuid"], actual: nil,
                              message: "a UUID is required"),
         "$.id: a UUID is required"),
    ]

    @Test(arguments: descriptions)
    func describesItself(difference: StructuralDifference, expected: String) {
        #expect(difference.description == expected)
    }

    @Test func factoriesFillTheRightSides() {
        let path = JSONPath([.key("a")])
        #expect(StructuralDifference.missing(path, expected: 1)
            == StructuralDifference(path: path, kind: .missing, expected: 1, actual: nil))
        #expect(StructuralDifference.unexpected(path, actual: 1)
            == StructuralDifference(path: path, kind: .unexpected, expected: nil, actual: 1))
        #expect(StructuralDifference.unexpected(path, actual: 1).expected == JSONValue?.none)
        #expect(StructuralDifference.missing(path, expected: 1).actual == JSONValue?.none)
        #expect(StructuralDifference.unexpected(path, actual: nil).actual == JSONValue?.some(.null))
        #expect(StructuralDifference.typeMismatch(path, expected: 1, actual: "1").kind == .typeMismatch)
        #expect(StructuralDifference.changed(path, expected: 1, actual: 2).message == nil)
    }
}
