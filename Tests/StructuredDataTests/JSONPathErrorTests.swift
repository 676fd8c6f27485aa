import Testing
import StructuredData

struct JSONPathErrorTests {
    @Test func describesTextMessageAndColumn() {
        let error = JSONPathError(message: "expected ']'", text: "$[0", column: 4)
        #expect(error.description == #"invalid JSON path "$[0": expected ']' at column 4"#)
    }

    @Test func isWhatParsingThrows() {
        #expect(throws: JSONPathError(message: "expected a key after '.'", text: "$.", column: 3)) {
            try JSONPath(parsing: "$.")
        }
        #expect(throws: JSONPathError(message: "a JSON path starts with '$'", text: "x", column: 1)) {
            try JSONPathPattern(parsing: "x")
        }
    }
}
