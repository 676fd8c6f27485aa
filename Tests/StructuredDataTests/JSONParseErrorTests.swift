import Testing
import StructuredData

struct JSONParseErrorTests {
    @Test func describesMessageAndLocation() {
        let error = JSONParseError(message: "expected ',' or '}' after object member", location: SourceLocation(line: 3, column: 17))
        #expect(error.description == "expected ',' or '}' after object member at 3:17")
    }

    @Test func comparesByMessageAndLocation() {
        let location = SourceLocation(line: 1, column: 2)
        #expect(JSONParseError(message: "a", location: location) == JSONParseError(message: "a", location: location))
        #expect(JSONParseError(message: "a", location: location) != JSONParseError(message: "b", location: location))
    }
}
