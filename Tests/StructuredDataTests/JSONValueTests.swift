import Testing
import StructuredData

struct JSONValueTests {
    static let accessors: [(JSONValue, String, String?, Double?, Int?, Bool?, Bool)] = [
        (nil, "null", nil, nil, nil, nil, true),
        (true, "boolean", nil, nil, nil, true, false),
        (201, "number", nil, 201, 201, nil, false),
        (0.5, "number", nil, 0.5, nil, nil, false),
        (.number(1e300), "number", nil, 1e300, nil, nil, false),
        ("x", "string", "x", nil, nil, nil, false),
        ([1], "array", nil, nil, nil, nil, false),
        (["a": 1], "object", nil, nil, nil, nil, false),
    ]

    @Test(arguments: accessors)
    func exposesItsPayload(value: JSONValue, typeName: String, string: String?, number: Double?, int: Int?, bool: Bool?,
                           isNull: Bool) {
        #expect(value.typeName == typeName)
        #expect(value.stringValue == string)
        #expect(value.numberValue == number)
        #expect(value.intValue == int)
        #expect(value.boolValue == bool)
        #expect(value.isNull == isNull)
    }

    @Test func subscriptsObjects() {
        let value: JSONValue = ["a": ["b": 1]]
        #expect(value["a"]?["b"] == 1)
        #expect(value["x"] == nil)
        #expect(JSONValue.integer(-600) == .number(-600))
        #expect(value.arrayValue == nil)
        #expect(([1, 2] as JSONValue).arrayValue == [1, 2])
    }

    @Test func sortingKeysSortsEveryDepth() {
        let value: JSONValue = ["b": [["z": 1, "y": 2]], "a": ["d": 1, "c": 2]]
        let sorted = value.sortingKeys()
        #expect(JSONWriter.string(sorted) == #"{"a":{"c":2,"d":1},"b":[{"y":2,"z":1}]}"#)
        #expect(sorted == value)
    }
}
