import Testing
import StructuredData

struct XMLMappingErrorTests {
    @Test func describesPathAndMessage() {
        let error = XMLMappingError(message: "the root element cannot be an array", path: JSONPath([.key("a")]))
        #expect(error.description == "$.a: the root element cannot be an array")
    }
}
