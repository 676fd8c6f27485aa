@testable import ContractHarness
import StructuredData
import Testing

@Suite struct RecordedBodyTests {
    @Test(arguments: [
        ("", "application/json", RecordedBody.none),
        (#"{"a": 1}"#, "application/json", .json(["a": 1])),
        (#"{"a": 1"#, "application/json", .text(#"{"a": 1"#)),
        (#"[true]"#, "", .json([true])),
        ("<r>x</r>", "application/xml", .xml(["r": "x"])),
        ("<r>", "text/xml", .text("<r>")),
        ("a=1&b=%C3%A4", "application/x-www-form-urlencoded", .form(["a": "1", "b": "ä"])),
        ("OK", "text/plain", .text("OK")),
    ] as [(String, String, RecordedBody)])
    func decodesByContentType(body: String, contentType: String, expected: RecordedBody) {
        #expect(RecordedBody.decode(Array(body.utf8), contentType: contentType) == expected)
    }

    @Test func bytesThatAreNotUTF8AreKeptAsBase64() {
        #expect(RecordedBody.decode([0xFF, 0x00, 0x10], contentType: "application/octet-stream") == .base64("/wAQ"))
    }

    @Test(arguments: [
        RecordedBody.none, .json(["a": [1, 2]]), .xml(["r": "x"]), .form(["a": "1"]), .text("t"), .base64("/wAQ"),
    ])
    func theEncodedFormReadsBack(body: RecordedBody) {
        #expect(RecordedBody(encoded: body.encoded) == body)
    }

    @Test(arguments: [
        JSONValue.string("x"), ["yaml": "a: 1"], ["form": "not an object"], ["text": 1], ["base64": 1], ["json": 1, "text": "x"],
    ])
    func anEncodedFormOfNoKnownShapeIsRefused(encoded: JSONValue) {
        #expect(RecordedBody(encoded: encoded) == nil)
    }

    @Test(arguments: [
        (RecordedBody.none, nil, "text/plain", "no body"),
        (.json(["a": 1]), #"{"a":1}"#, "application/json", "JSON"),
        (.xml(["r": "x"]), "<r>x</r>", "application/xml", "XML"),
        (.form(["a": "1 2"]), "a=1%202", "application/x-www-form-urlencoded", "form"),
        (.text("t"), "t", "text/plain", "text"),
        (.base64("/wAQ"), "/wAQ", "application/octet-stream", "binary"),
    ] as [(RecordedBody, String?, String, String)])
    func wireTextMIMETypeAndKindComeFromTheFormat(body: RecordedBody, wire: String?, mimeType: String, kind: String) {
        #expect(body.wireText == wire)
        #expect(body.harMIMEType == mimeType)
        #expect(body.kindName == kind)
    }

    @Test(arguments: [
        (RecordedBody.json(["k": "secret"]), RecordedBody.json(["k": "***"])),
        (.text("secret"), .text("***")),
        (.form(["k": "secret"]), .form(["k": "***"])),
        (.base64("c2VjcmV0"), .base64("c2VjcmV0")),
        (.none, .none),
    ])
    func mapValueChangesTheStoredValueOnly(body: RecordedBody, expected: RecordedBody) {
        let masked = body.mapValue { value in
            if value == "secret" { return "***" }
            guard let object = value.objectValue else { return value }
            return .object(JSONObject(object.map { ($0.key, $0.value == "secret" ? "***" : $0.value) }))
        }
        #expect(masked == expected)
    }

    @Test(arguments: [(RecordedBody.json(["a": 1]), JSONValue?.some(["a": 1])), (.text("t"), nil), (.form(["a": "1"]), JSONValue?.some(["a": "1"])), (.none, nil)] as [(RecordedBody, JSONValue?)])
    func structuredIsTheValueOfAStructuredFormat(body: RecordedBody, expected: JSONValue?) {
        #expect(body.structured == expected)
    }
}
