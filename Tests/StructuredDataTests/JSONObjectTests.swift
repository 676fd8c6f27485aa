import Testing
import StructuredData

struct JSONObjectTests {
    @Test func keepsInsertionOrderAndIgnoresItForEquality() {
        let first: JSONObject = ["b": 1, "a": 2]
        let second: JSONObject = ["a": 2, "b": 1]
        #expect(first.keys == ["b", "a"])
        #expect(first == second)
        #expect(first.members.map(\.key) == ["b", "a"])
    }

    @Test func repeatedKeyKeepsFirstPositionAndLastValue() {
        let object = JSONObject([("a", 1), ("b", 2), ("a", 3)])
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == 3)
    }

    @Test func setsAndRemovesMembers() {
        var object = JSONObject()
        object["x"] = 1
        object["y"] = 2
        object["x"] = nil
        #expect(object.keys == ["y"])
        #expect(object.count == 1)
        object["y"] = nil
        #expect(object.isEmpty)
    }

    @Test func sortsKeysByUTF8Bytes() {
        let object: JSONObject = ["é": 1, "b": 2, "B": 3, "_": 4]
        #expect(object.sortedKeys == ["B", "_", "b", "é"])
    }

    @Test func sortedByKeySortsOneLevel() {
        let object: JSONObject = ["b": ["z": 1, "y": 2], "a": 1]
        let sorted = object.sortedByKey()
        #expect(sorted.keys == ["a", "b"])
        #expect(sorted["b"]?.objectValue?.keys == ["z", "y"])
        #expect(sorted == object)
    }
}
