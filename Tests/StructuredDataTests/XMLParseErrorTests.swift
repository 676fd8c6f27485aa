import Testing
import StructuredData

struct XMLParseErrorTests {
    @Test func describesMessageAndLocation() {
        let error = XMLParseError(message: "Opening and ending tag mismatch: message line 3 and messag",
                                  location: SourceLocation(line: 3, column: 13))
        #expect(error.description == "Opening and ending tag mismatch: message line 3 and messag at 3:13")
    }
}
