@testable import ContractHarness
import StructuredData
import Testing

@Suite struct BodyFormatTests {
    @Test(arguments: [
        ("json", "application/json", "{}", true), ("json", "application/ld+json; charset=utf-8", "{}", true),
        ("json", "", "[1]", true), ("json", "", "hello", false), ("json", "text/plain", "{}", false),
        ("xml", "text/xml; charset=utf-8", "<a/>", true), ("xml", "application/json", "<a/>", false),
        ("form", "application/x-www-form-urlencoded", "a=1", true), ("form", "text/plain", "a=1", false),
        ("text", "", "anything", true), ("text", "application/octet-stream", "x", true),
    ])
    func matchesByContentType(name: String, contentType: String, body: String, expected: Bool) throws {
        let format = try #require(BodyFormat.named(name))
        #expect(format.matches(contentType, Array(body.utf8)) == expected)
    }

    @Test(arguments: [
        ("json", #"{"a": [1, "x"]}"#, #"{"a":[1,"x"]}"#),
        ("xml", "<r><a>1</a></r>", "<r><a>1</a></r>"),
        ("form", "to=%2B4917&text=Hi+there", "to=%2B4917&text=Hi%20there"),
        ("text", "plain words", "plain words"),
    ])
    func decodesAndEncodesBackToTheWire(name: String, body: String, wire: String) throws {
        let format = try #require(BodyFormat.named(name))
        let value = try #require(format.decode(Array(body.utf8)))
        #expect(format.encode(value) == wire)
        #expect(format.holds(value))
    }

    @Test(arguments: [("json", "{broken"), ("xml", "<open>"), ("text", "\u{FF}")])
    func bytesNotOfTheFormatDecodeToNil(name: String, body: String) throws {
        let format = try #require(BodyFormat.named(name))
        let bytes = name == "text" ? [0xFF, 0xFE] : Array(body.utf8)
        #expect(format.decode(bytes) == nil)
    }

    @Test(arguments: [("json", "application/json"), ("xml", "application/xml"), ("form", "application/x-www-form-urlencoded"), ("text", "text/plain")])
    func eachFormatNamesItsHARMIMEType(name: String, mimeType: String) throws {
        #expect(try #require(BodyFormat.named(name)).harMIMEType == mimeType)
    }

    @Test func theRecognisedFormatsAreTriedJSONFirstAndTextLast() {
        #expect(BodyFormat.recognised.map(\.name) == ["json", "xml", "form", "text"])
        #expect(BodyFormat.named("yaml") == nil)
    }

    // MARK: The expectation side

    @Test(arguments: [("json", true), ("xml", true), ("form", true), ("text", false)])
    func expectationsCompareMemberByMemberExceptText(name: String, comparesMembers: Bool) throws {
        #expect(try #require(BodyFormat.named(name)).comparesMembers == comparesMembers)
    }

    @Test(arguments: [
        ("json", "application/json", #"{"a": 1}"#, ["a": 1]),
        ("json", "text/plain", #"{"a": 1}"#, nil),
        ("json", "application/x-www-form-urlencoded", "a=1", nil),
        ("form", "application/x-www-form-urlencoded", "a=1&b=", ["a": "1", "b": ""]),
        ("form", "application/json", #"{"a": "1"}"#, nil),
        ("xml", "application/xml", "<r><a>1</a></r>", ["r": ["a": "1"]]),
        ("xml", "application/json", "{}", nil),
        ("text", "text/plain", "plain words", "plain words"),
        ("text", "application/json", #"{"a": 1}"#, #"{"a": 1}"#), // The whole text, whatever the body's kind.
    ] as [(String, String, String, JSONValue?)])
    func anExpectationIsComparedWithTheBodyOfItsFormat(name: String, contentType: String, body: String, expected: JSONValue?) throws {
        let format = try #require(BodyFormat.named(name))
        let recorded = RecordedBody.decode(Array(body.utf8), contentType: contentType)
        #expect(format.expectedAgainst(recorded, body) == expected)
    }

    @Test func aFormatOfOnesOwnIsComparedWithBodiesStoredUnderItsName() {
        let words = BodyFormat(name: "text", kindName: "words", harMIMEType: "text/plain", matches: { _, _ in true },
                               decode: { _ in nil }, encode: { _ in "" })
        #expect(words.comparesMembers)
        #expect(words.expectedAgainst(.text("hi"), "hi") == "hi")
        #expect(words.expectedAgainst(.json(["a": 1]), #"{"a":1}"#) == nil)
        #expect(words.expectedAgainst(.none, "") == nil)
    }
}
