@testable import ContractHarness
import StructuredData
import Testing

/// An expectation with its placeholders and generators expanded: header values and every body
/// kind, matchers left alone, the outbox left for later, and the errors of a bad placeholder.
@Suite struct ResponseExpectationTests {
    static let bindings = Bindings(["uuid": "u-1", "count": 2, "credentials.token": "s3cret"])

    /// A body expectation and what it expands to, written out (`json exact {…}`, `text "…"`).
    struct BodyCase: Sendable, CustomTestStringConvertible {
        let label: String
        let body: BodyExpectation
        let expanded: String
        var testDescription: String { label }
    }

    @Test(arguments: [
        BodyCase(label: "a JSON body, types of whole placeholders kept", body: .json(["id": "{{uuid}}", "n": "{{count}}", "s": "n={{count}}"], exact: true),
                 expanded: #"json exact {"id":"u-1","n":2,"s":"n=2"}"#),
        BodyCase(label: "an XML mapping", body: .xml(["r": ["id": "{{uuid}}"]], exact: false), expanded: #"xml subset {"r":{"id":"u-1"}}"#),
        BodyCase(label: "form fields", body: .form(["id": "{{uuid}}"], exact: false), expanded: #"form subset {"id":"u-1"}"#),
        BodyCase(label: "a text", body: .text("id {{uuid}}"), expanded: #"text "id u-1""#),
        BodyCase(label: "generators", body: .text(["$concat": [["$repeat": "a", "times": 2], "{{uuid}}"]]), expanded: #"text "aau-1""#),
        BodyCase(label: "matchers stay as written", body: .json(["id": ["$match": "regex", "pattern": "{{uuid}}"]], exact: false),
                 expanded: #"json subset {"id":{"$match":"regex","pattern":"{{uuid}}"}}"#),
    ])
    func bodiesExpandInTheirKind(_ check: BodyCase) throws {
        let expanded = try ResponseExpectation(body: check.body).expanded(with: Self.bindings)
        #expect(SpecStepDecoderTests.describe(expanded.body) == check.expanded)
    }

    @Test func headersExpandInOrderAndTheRestIsKept() throws {
        var expectation = ResponseExpectation(status: 201, headers: [("X-Id", "{{uuid}}"), ("X-Any", ["$match": "any"]), ("X-Auth", "Bearer {{credentials.token}}")],
                                              outbox: [["id": "{{uuid}}"]], smtp: SMTPExpectation(data: ReplyExpectation(code: 250, text: "{{uuid}}")))
        expectation.transportError = true
        let expanded = try expectation.expanded(with: Self.bindings)
        #expect(expanded.headers.map(\.name) == ["X-Id", "X-Any", "X-Auth"])
        #expect(expanded.headers.map(\.value) == ["u-1", ["$match": "any"], "Bearer s3cret"])
        #expect(expanded.status == 201)
        #expect(expanded.transportError)
        #expect(expanded.outbox == [["id": "{{uuid}}"]]) // Expanded when the outbox is read.
        #expect(expanded.smtp == SMTPExpectation(data: ReplyExpectation(code: 250, text: "{{uuid}}"))) // Expanded by the SMTP step.
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let label: String
        let expectation: ResponseExpectation
        let message: String
        var testDescription: String { label }
    }

    @Test(arguments: [
        ErrorCase(label: "an unknown placeholder in a header", expectation: ResponseExpectation(headers: [("X-Id", "{{nobody}}")]),
                  message: "unknown placeholder {{nobody}}; known here: {{count}}, {{credentials.token}}, {{uuid}}"),
        ErrorCase(label: "an unknown placeholder in a body", expectation: ResponseExpectation(body: .json(["a": ["b": "x {{nobody}}"]], exact: false)),
                  message: "unknown placeholder {{nobody}}; known here: {{count}}, {{credentials.token}}, {{uuid}}"),
        ErrorCase(label: "an unclosed placeholder", expectation: ResponseExpectation(body: .text("{{uuid")),
                  message: #"unclosed placeholder in "{{uuid": "{{" without "}}""#),
        ErrorCase(label: "a malformed $repeat", expectation: ResponseExpectation(body: .form(["a": ["$repeat": "x", "times": -1]], exact: false)),
                  message: #"a $repeat generator is {"$repeat": STRING, "times": N} with N ≥ 0"#),
        ErrorCase(label: "a $concat of a number", expectation: ResponseExpectation(body: .xml(["a": ["$concat": ["x", 1]]], exact: false)),
                  message: "$concat joins strings; found number"),
    ])
    func badPlaceholdersAreTemplateErrors(_ check: ErrorCase) {
        #expect(throws: TemplateError(message: check.message)) {
            try check.expectation.expanded(with: Self.bindings)
        }
    }
}
