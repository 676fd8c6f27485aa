@testable import Providers
import StructuredData
import Testing

@Suite struct IovoxCallbackHeadersTests {
    @Test(arguments: [
        ("Content-Type: application/json,X-Custom-Header: iovox", [("Content-Type", "application/json"), ("X-Custom-Header", "iovox")]),
        ("X-A:1", [("X-A", "1")]),
        ("  X-A :  spaced value  , X-B: b", [("X-A", "spaced value"), ("X-B", "b")]),
        ("Authorization: Bearer abc:def", [("Authorization", "Bearer abc:def")]),
        ("X-Empty:", [("X-Empty", "")]),
        ("X-A: 1,x-a: 2", [("x-a", "2")]),
    ])
    func wellFormedPairsAreRead(text: String, expected: [(String, String)]) throws {
        let headers = try #require(IovoxCallbackHeaders(parsing: text))
        #expect(headers.headers == expected.map { IovoxCallbackHeaders.Header(name: $0.0, value: $0.1) })
    }

    @Test(arguments: ["Content-Type application/json", "X Custom: iovox", ": value", "X-A: 1,", ",X-A: 1", "X-A: 1,,X-B: 2", "Ünïcode: x",
                      "X-A: line\nbreak", "X-A: 1, X-B"])
    func malformedPairsAreRefused(text: String) {
        #expect(IovoxCallbackHeaders(parsing: text) == nil)
    }

    @Test func theOutboxShowsAnObjectOfNameToValue() throws {
        let headers = try #require(IovoxCallbackHeaders(parsing: "Content-Type: application/json,X-Custom-Header: iovox"))
        #expect(headers.json == ["Content-Type": "application/json", "X-Custom-Header": "iovox"])
        #expect(headers.json.objectValue?.keys == ["Content-Type", "X-Custom-Header"])
    }
}
