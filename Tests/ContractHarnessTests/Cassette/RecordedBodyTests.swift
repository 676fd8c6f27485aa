@testable import ContractHarness
import StructuredData
import Testing

/// A body as a cassette stores it: read by content type, written back as it went over the wire,
/// encoded for diffs and read back, and named in messages — one table per behaviour.
@Suite struct RecordedBodyTests {
    /// Bytes with a content type, and the body they are stored as.
    struct DecodeCase: Sendable, CustomTestStringConvertible {
        let label: String
        var bytes: [UInt8]
        var contentType: String?
        let body: RecordedBody
        var testDescription: String { label }

        init(_ label: String, _ text: String, _ contentType: String?, _ body: RecordedBody) {
            self.label = label
            self.bytes = Array(text.utf8)
            self.contentType = contentType
            self.body = body
        }

        init(_ label: String, bytes: [UInt8], _ contentType: String?, _ body: RecordedBody) {
            self.label = label
            self.bytes = bytes
            self.contentType = contentType
            self.body = body
        }
    }

    static let decoding: [DecodeCase] = [
        DecodeCase("no bytes are no body, whatever the type", "", "application/json", .none),
        DecodeCase("JSON by its type", #"{"a": 1}"#, "application/json", .json(["a": 1])),
        DecodeCase("JSON by a type naming json", #"{"a": 1}"#, "application/ld+json; charset=utf-8", .json(["a": 1])),
        DecodeCase("JSON type compared case-insensitively", "[1]", "Application/JSON", .json([1])),
        DecodeCase("broken JSON is text", #"{"a": 1"#, "application/json", .text(#"{"a": 1"#)),
        DecodeCase("an untyped array is JSON", "[true]", nil, .json([true])),
        DecodeCase("an untyped object is JSON", #"{"a": null}"#, "", .json(["a": nil])),
        DecodeCase("untyped text is text", "OK", nil, .text("OK")),
        DecodeCase("XML by its type, in its mapping", #"<r a="1">x</r>"#, "application/xml", .xml(["r": ["@a": "1", "#text": "x"]])),
        DecodeCase("XML by text/xml", "<r>x</r>", "text/xml; charset=utf-8", .xml(["r": "x"])),
        DecodeCase("broken XML is text", "<r>", "text/xml", .text("<r>")),
        DecodeCase("untyped XML is text", "<r>x</r>", nil, .text("<r>x</r>")),
        DecodeCase("a form, its fields percent-decoded", "a=1&b=%C3%A4", "application/x-www-form-urlencoded", .form(["a": "1", "b": "ä"])),
        DecodeCase("a form field without a value", "a&b=", "application/x-www-form-urlencoded; charset=utf-8", .form(["a": "", "b": ""])),
        DecodeCase("a JSON body typed as text is text", #"{"a": 1}"#, "text/plain", .text(#"{"a": 1}"#)),
        DecodeCase("HTML is text", "<HTML>OK</HTML>", "text/html", .text("<HTML>OK</HTML>")),
        DecodeCase("bytes that are not UTF-8 are base64", bytes: [0xFF, 0x00, 0x10], "application/octet-stream", .base64("/wAQ")),
        DecodeCase("bytes that are not UTF-8 under a JSON type are base64", bytes: [0xFF, 0xFE], "application/json", .base64("//4=")),
        DecodeCase("a form that is not UTF-8 is base64", bytes: [0x61, 0x3D, 0xFF], "application/x-www-form-urlencoded", .base64("YT3/")),
    ]

    @Test(arguments: decoding)
    func decodesByContentType(_ check: DecodeCase) {
        #expect(RecordedBody.decode(check.bytes, contentType: check.contentType) == check.body)
    }

    @Test func onlyTheFormatsGivenAreTried() {
        #expect(RecordedBody.decode(Array(#"{"a": 1}"#.utf8), contentType: "application/json", formats: [.text]) == .text(#"{"a": 1}"#))
        #expect(RecordedBody.decode(Array("OK".utf8), contentType: "text/plain", formats: [.json]) == .base64("T0s="))
    }

    /// Everything a body says about itself, for each kind.
    struct KindCase: Sendable, CustomTestStringConvertible {
        let body: RecordedBody
        let wireText: String?
        let harMIMEType: String
        let kindName: String
        let kindPhrase: String
        let encoded: JSONValue
        let summary: JSONValue
        var testDescription: String { kindName }
    }

    static let kinds: [KindCase] = [
        KindCase(body: .none, wireText: nil, harMIMEType: "text/plain", kindName: "no body", kindPhrase: "no body", encoded: .null, summary: .null),
        KindCase(body: .json(["a": 1]), wireText: #"{"a":1}"#, harMIMEType: "application/json", kindName: "JSON", kindPhrase: "a JSON body",
                 encoded: ["json": ["a": 1]], summary: ["a": 1]),
        KindCase(body: .xml(["r": ["@a": "1", "#text": "x"]]), wireText: #"<r a="1">x</r>"#, harMIMEType: "application/xml", kindName: "XML",
                 kindPhrase: "an XML body", encoded: ["xml": ["r": ["@a": "1", "#text": "x"]]], summary: ["r": ["@a": "1", "#text": "x"]]),
        KindCase(body: .form(["a": "1 2", "b": "ä"]), wireText: "a=1%202&b=%C3%A4", harMIMEType: "application/x-www-form-urlencoded", kindName: "form",
                 kindPhrase: "a form body", encoded: ["form": ["a": "1 2", "b": "ä"]], summary: ["a": "1 2", "b": "ä"]),
        KindCase(body: .text("t"), wireText: "t", harMIMEType: "text/plain", kindName: "text", kindPhrase: "a text body", encoded: ["text": "t"], summary: "t"),
        KindCase(body: .base64("/wAQ"), wireText: "/wAQ", harMIMEType: "application/octet-stream", kindName: "binary", kindPhrase: "a binary body",
                 encoded: ["base64": "/wAQ"], summary: "base64:/wAQ"),
    ]

    @Test(arguments: kinds)
    func eachKindDescribesItself(_ kind: KindCase) {
        #expect(kind.body.wireText == kind.wireText)
        #expect(kind.body.harMIMEType == kind.harMIMEType)
        #expect(kind.body.kindName == kind.kindName)
        #expect(kind.body.kindPhrase == kind.kindPhrase)
        #expect(kind.body.encoded == kind.encoded)
        #expect(kind.body.summary == kind.summary)
        #expect(RecordedBody(encoded: kind.encoded) == kind.body)
    }

    /// What each accessor gives for each kind: `json`, `formFields`, `xmlMapping`, `structured`, `formatted`.
    struct AccessorCase: Sendable, CustomTestStringConvertible {
        let body: RecordedBody
        let json: JSONValue?
        let formFields: JSONValue?
        let xmlMapping: JSONValue?
        let structured: JSONValue?
        let format: String?
        var testDescription: String { body.kindName }
    }

    @Test(arguments: [
        AccessorCase(body: .json(["a": 1]), json: ["a": 1], formFields: nil, xmlMapping: nil, structured: ["a": 1], format: "json"),
        AccessorCase(body: .form(["a": "1"]), json: nil, formFields: ["a": "1"], xmlMapping: nil, structured: ["a": "1"], format: "form"),
        AccessorCase(body: .xml(["r": "x"]), json: nil, formFields: nil, xmlMapping: ["r": "x"], structured: ["r": "x"], format: "xml"),
        AccessorCase(body: .text("t"), json: nil, formFields: nil, xmlMapping: nil, structured: nil, format: "text"),
        AccessorCase(body: .base64("/wAQ"), json: nil, formFields: nil, xmlMapping: nil, structured: nil, format: nil),
        AccessorCase(body: .none, json: nil, formFields: nil, xmlMapping: nil, structured: nil, format: nil),
    ])
    func accessorsGiveTheValueOfTheirKindOnly(_ check: AccessorCase) {
        #expect(check.body.json == check.json)
        #expect(check.body.formFields == check.formFields)
        #expect(check.body.xmlMapping == check.xmlMapping)
        #expect(check.body.structured == check.structured)
        #expect(check.body.formatted?.format.name == check.format)
    }

    @Test(arguments: [
        JSONValue.string("x"), ["yaml": "a: 1"], ["form": "not an object"], ["text": 1], ["base64": 1], ["json": 1, "text": "x"], [:], [1],
    ])
    func anEncodedFormOfNoKnownShapeIsRefused(encoded: JSONValue) {
        #expect(RecordedBody(encoded: encoded) == nil)
    }

    @Test(arguments: [
        (BodyFormat.json, JSONValue.number(1), RecordedBody?.some(.json(1))),
        (.xml, ["r": "x"], .xml(["r": "x"])),
        (.form, ["a": "1"], .form(["a": "1"])),
        (.form, "a=1", nil),
        (.text, "t", .text("t")),
        (.text, 1, nil),
    ] as [(BodyFormat, JSONValue, RecordedBody?)])
    func aFormatHoldsOnlyValuesOfItsShape(format: BodyFormat, value: JSONValue, body: RecordedBody?) {
        #expect(RecordedBody(format, value) == body)
    }

    @Test func aFormatACassetteDoesNotStoreMakesNoBody() {
        let yaml = BodyFormat(name: "yaml", kindName: "YAML", harMIMEType: "application/yaml", matches: { _, _ in true },
                              decode: { _ in "a: 1" }, encode: { $0.stringValue ?? "" })
        #expect(RecordedBody(yaml, "a: 1") == nil)
        #expect(RecordedBody.decode(Array("a: 1".utf8), contentType: "application/yaml", formats: [yaml]) == .base64("YTogMQ=="))
    }

    @Test(arguments: [
        (RecordedBody.json(["k": "secret"]), RecordedBody.json(["k": "***"])),
        (.xml(["k": "secret"]), .xml(["k": "***"])),
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

    @Test func aMapThatBreaksTheShapeLeavesTheBodyAsItWas() {
        #expect(RecordedBody.form(["a": "1"]).mapValue { _ in "not fields" } == .form(["a": "1"]))
        #expect(RecordedBody.text("t").mapValue { _ in 1 } == .text("t"))
    }

    @Test(arguments: [("JSON", "a JSON body"), ("XML", "an XML body"), ("form", "a form body"), ("text", "a text body"), ("binary", "a binary body")])
    func kindsReadWithTheirArticle(kind: String, phrase: String) {
        #expect(RecordedBody.phrase(kind: kind) == phrase)
    }
}
