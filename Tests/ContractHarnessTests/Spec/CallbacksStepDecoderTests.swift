@testable import ContractHarness
import StructuredData
import Testing

/// A step's `callbacks` decoded: every problem with its line, column, field and message, and what
/// a well-formed await decodes to.
@Suite struct CallbacksStepDecoderTests {
    /// `{"name": "a", "callbacks": CALLBACKS}` on one line: CALLBACKS starts at column 28.
    static func step(_ callbacks: String) -> String {
        #"{"name": "a", "callbacks": \#(callbacks)}"#
    }

    typealias Case = SpecStepDecoderTests.Case

    static let cases: [Case] = [
        Case(label: "callbacks are an object", step: step("[]"), problems: ["1:28 $.callbacks: expected an object, got array"]),
        Case(label: "expect is required", step: step("{}"), problems: ["1:15 $.callbacks.expect: required; expected an array"]),
        Case(label: "an unknown field", step: step(#"{"within": 5, "expect": []}"#),
             problems: [#"1:29 $.callbacks.within: unknown field "within"; expected one of within_seconds, expect"#]),
        Case(label: "within_seconds is not negative", step: step(#"{"within_seconds": -1, "expect": []}"#),
             problems: ["1:47 $.callbacks.within_seconds: expected a number of seconds from 0 to 600"]),
        Case(label: "within_seconds is at most 600", step: step(#"{"within_seconds": 601, "expect": []}"#),
             problems: ["1:47 $.callbacks.within_seconds: expected a number of seconds from 0 to 600"]),
        Case(label: "within_seconds is a number", step: step(#"{"within_seconds": "5", "expect": []}"#),
             problems: ["1:47 $.callbacks.within_seconds: expected a number of seconds from 0 to 600"]),
        Case(label: "expect is an array", step: step(#"{"expect": {}}"#), problems: ["1:39 $.callbacks.expect: expected an array, got object"]),
        Case(label: "an expected callback is an object", step: step(#"{"expect": ["POST /dlr"]}"#),
             problems: ["1:40 $.callbacks.expect[0]: expected an object, got string"]),
        Case(label: "an unknown callback field", step: step(#"{"expect": [{"bdy": {}}]}"#),
             problems: [#"1:41 $.callbacks.expect[0].bdy: unknown field "bdy"; expected one of method, path, headers, json, xml, form, text, json_match"#]),
        Case(label: "method and path are strings", step: step(#"{"expect": [{"method": 1, "path": ""}]}"#),
             problems: ["1:51 $.callbacks.expect[0].method: expected a string, got number", "1:62 $.callbacks.expect[0].path: must not be empty"]),
        Case(label: "headers are strings or matchers", step: step(#"{"expect": [{"headers": {"X-A": true}}]}"#),
             problems: [#"1:60 $.callbacks.expect[0].headers["X-A"]: expected a string or a {"$match": …} matcher, got boolean"#]),
        Case(label: "one body kind", step: step(#"{"expect": [{"json": {}, "form": {}}]}"#),
             problems: ["1:61 $.callbacks.expect[0].form: expect the body as one of json, xml, form or text"]),
        Case(label: "a form is its fields", step: step(#"{"expect": [{"form": "a=1"}]}"#),
             problems: ["1:49 $.callbacks.expect[0].form: expected the form's fields as an object"]),
        Case(label: "XML text must be well-formed", step: step(#"{"expect": [{"xml": "<a>"}]}"#),
             problems: ["1:48 $.callbacks.expect[0].xml: not well-formed XML: Premature end of data in tag a line 1 at 1:4"]),
        Case(label: "XML is text or its mapping", step: step(#"{"expect": [{"xml": 1}]}"#),
             problems: ["1:48 $.callbacks.expect[0].xml: expected XML text or its JSON mapping (an object), got number"]),
        Case(label: "text is a string or a matcher", step: step(#"{"expect": [{"text": 1}]}"#),
             problems: [#"1:49 $.callbacks.expect[0].text: expected a string or a {"$match": …} matcher, got number"#]),
        Case(label: "json_match is subset or exact", step: step(#"{"expect": [{"json": {}, "json_match": "exac"}]}"#),
             problems: [#"1:67 $.callbacks.expect[0].json_match: expected "subset" (the default: more members are allowed) or "exact""#]),
        Case(label: "an unknown matcher", step: step(#"{"expect": [{"json": {"at": {"$match": "date"}}}]}"#),
             problems: [#"1:67 $.callbacks.expect[0].json.at["$match"]: unknown matcher "date"; expected one of any, string, number, integer, boolean, uuid, iso8601, unix_time, regex, one_of"#]),
        Case(label: "an unknown placeholder", step: step(#"{"expect": [{"path": "/dlr/{{id}}"}]}"#),
             problems: ["1:49 $.callbacks.expect[0].path: unknown placeholder {{id}}; known here: {{callbacks.url}}"]),
    ]

    @Test(arguments: cases)
    func problemsAreLocated(_ check: Case) throws {
        let problems = try SpecStepDecoderTests.decode(check.step, known: ["callbacks.url"]).problems
        #expect(problems == check.problems)
    }

    /// An await step and what it decodes to, written out: `within N: METHOD path headers body; …`.
    struct DecodedCase: Sendable, CustomTestStringConvertible {
        let callbacks: String
        let decoded: String
        var testDescription: String { callbacks }
    }

    @Test(arguments: [
        DecodedCase(callbacks: #"{"expect": []}"#, decoded: "within 5:"),
        DecodedCase(callbacks: #"{"within_seconds": 0.5, "expect": [{}]}"#, decoded: "within 0.5: - - [] none"),
        DecodedCase(callbacks: #"{"within_seconds": 600, "expect": [{"method": "POST", "path": "/dlr?x=1", "headers": {"X-A": "1", "X-B": {"$match": "any"}}}]}"#,
                    decoded: #"within 600: POST /dlr?x=1 [X-A="1", X-B={"$match":"any"}] none"#),
        DecodedCase(callbacks: #"{"expect": [{"json": {"s": "D"}}, {"json": [1], "json_match": "exact"}]}"#,
                    decoded: #"within 5: - - [] json subset {"s":"D"}; - - [] json exact [1]"#),
        DecodedCase(callbacks: #"{"expect": [{"form": {"s": "D"}, "json_match": "subset"}]}"#, decoded: #"within 5: - - [] form subset {"s":"D"}"#),
        DecodedCase(callbacks: #"{"expect": [{"xml": "<dlr id=\"1\"><s>D</s></dlr>"}]}"#, decoded: #"within 5: - - [] xml subset {"dlr":{"@id":"1","s":"D"}}"#),
        DecodedCase(callbacks: #"{"expect": [{"xml": {"dlr": {"s": {"$match": "any"}}}, "json_match": "exact"}]}"#,
                    decoded: #"within 5: - - [] xml exact {"dlr":{"s":{"$match":"any"}}}"#),
        DecodedCase(callbacks: #"{"expect": [{"text": "OK {{callbacks.url}}"}]}"#, decoded: #"within 5: - - [] text "OK {{callbacks.url}}""#),
    ])
    func wellFormedAwaitsDecode(_ check: DecodedCase) throws {
        let decoded = try SpecStepDecoderTests.decode(Self.step(check.callbacks), known: ["callbacks.url"])
        #expect(decoded.problems == [])
        let callbacks = try #require(decoded.step?.callbacks)
        let entries = callbacks.expected.map { callback in
            let headers = callback.headers.map { "\($0.name)=\(JSONWriter.string($0.value))" }.joined(separator: ", ")
            return "\(callback.method ?? "-") \(callback.path ?? "-") [\(headers)] \(SpecStepDecoderTests.describe(callback.body))"
        }
        let within = JSONWriter.string(.number(callbacks.withinSeconds))
        #expect("within \(within):" + (entries.isEmpty ? "" : " " + entries.joined(separator: "; ")) == check.decoded)
    }
}
