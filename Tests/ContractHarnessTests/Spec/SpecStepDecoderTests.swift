@testable import ContractHarness
import StructuredData
import Testing

/// One step of a spec decoded on its own: every problem the decoder reports, each with its exact
/// line, column, field and message, and what a well-formed step decodes to.
@Suite struct SpecStepDecoderTests {
    /// The step's problems as `line:column field: message`, the decoded step, and the names known after it.
    static func decode(_ text: String, known: Set<String> = ["credentials.token"]) throws -> (step: SpecStep?, problems: [String], known: Set<String>) {
        let document = try JSONParser.parseDocument(text)
        var reader = SpecFieldReader(document: document, file: "step.json")
        var names = known
        let step = SpecStepDecoder.decode(document.root, at: .root, knownNames: &names, reader: &reader)
        let problems = reader.problems.map { "\($0.location.map(\.description) ?? "?") \($0.field): \($0.message)" }
        return (step, problems, names)
    }

    /// A step and every problem it has, in the order reported (the other decoders' tables use it too).
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let step: String
        let problems: [String]
        var testDescription: String { label }
    }

    static let stepCases: [Case] = [
        Case(label: "a step is an object", step: "[1]", problems: ["1:1 $: expected an object, got array"]),
        Case(label: "an unknown field with a suggestion, at its key", step: """
            {
              "name": "a",
              "request": {"method": "GET", "path": "/x"},
              "expcet": {"status": 200}
            }
            """, problems: [#"4:3 $.expcet: unknown field "expcet"; did you mean "expect"?"#, #"3:14 $.request: a request or email needs an "expect""#]),
        Case(label: "an unknown field without a suggestion lists the fields", step: #"{"name": "a", "fake": {"advance_seconds": 1}, "zzz": 1}"#,
             problems: [#"1:47 $.zzz: unknown field "zzz"; expected one of name, fake, receiver, request, email, expect, capture, callbacks"#]),
        Case(label: "the name is required", step: """
            {
              "fake": {"advance_seconds": 1}
            }
            """, problems: ["1:1 $.name: required; expected a string"]),
        Case(label: "the name is a string", step: #"{"name": 1, "fake": {"advance_seconds": 1}}"#, problems: ["1:10 $.name: expected a string, got number"]),
        Case(label: "the name is not empty", step: #"{"name": "", "fake": {"advance_seconds": 1}}"#, problems: ["1:10 $.name: must not be empty"]),
        Case(label: "a step that does nothing", step: #"{"name": "a"}"#,
             problems: [#"1:1 $: a step needs a "request", an "email", "fake" actions, "callbacks" to await, or a mix"#]),
        Case(label: "an expectation without a request", step: """
            {
              "name": "a",
              "expect": {"status": 200}
            }
            """, problems: ["3:13 $.expect: an expectation needs a request or an email in the same step",
                            #"1:1 $: a step needs a "request", an "email", "fake" actions, "callbacks" to await, or a mix"#]),
        Case(label: "a request and an email", step: """
            {
              "name": "a",
              "request": {"method": "GET", "path": "/x"},
              "email": {"from": "a@b", "to": ["c@d"]},
              "expect": {"status": 200}
            }
            """, problems: [#"4:12 $.email: a step sends a "request" or an "email", not both"#]),
        Case(label: "an email needs an expectation too", step: #"{"name": "a", "email": {"from": "a@b", "to": ["c@d"]}}"#,
             problems: [#"1:24 $.email: a request or email needs an "expect""#]),
        Case(label: "captures need a request", step: """
            {
              "name": "a",
              "email": {"from": "a@b", "to": ["c@d"]},
              "expect": {"smtp": {"data": 250}},
              "capture": {"id": "$.id"}
            }
            """, problems: ["5:14 $.capture: captures read a response; this step sends no request"]),
    ]

    @Test(arguments: stepCases)
    func stepLevelProblems(_ check: Case) throws {
        let problems = try Self.decode(check.step).problems
        #expect(problems == check.problems)
    }

    /// `{"name": "a", "request": REQUEST, "expect": {"status": 200}}` on one line: REQUEST starts at column 26.
    static func request(_ request: String) -> String {
        #"{"name": "a", "request": \#(request), "expect": {"status": 200}}"#
    }

    static let requestCases: [Case] = [
        Case(label: "the request is an object", step: request("1"), problems: ["1:26 $.request: expected an object, got number"]),
        Case(label: "method and path are required", step: request("{}"),
             problems: ["1:15 $.request.method: required; expected a string", "1:15 $.request.path: required; expected a string"]),
        Case(label: "a method is a token", step: request(#"{"method": "PO ST", "path": "/x"}"#),
             problems: [#"1:37 $.request.method: "PO ST" is not an HTTP method token"#]),
        Case(label: "a path starts with a slash", step: request(#"{"method": "GET", "path": "sms"}"#),
             problems: [#"1:52 $.request.path: must start with "/" (it is relative to the target's base URL)"#]),
        Case(label: "query values are strings", step: request(#"{"method": "GET", "path": "/x", "query": {"n": 1}}"#),
             problems: ["1:73 $.request.query.n: expected a string, got number"]),
        Case(label: "headers are an object", step: request(#"{"method": "GET", "path": "/x", "headers": "X-A: 1"}"#),
             problems: ["1:69 $.request.headers: expected an object, got string"]),
        Case(label: "a body as json or text, not both", step: request(#"{"method": "POST", "path": "/x", "json": {}, "text": "a"}"#),
             problems: [#"1:79 $.request.text: give the body as "json" or as "text", not both"#]),
        Case(label: "a text body is a string", step: request(#"{"method": "POST", "path": "/x", "text": 1}"#),
             problems: ["1:67 $.request.text: expected a string, got number"]),
        Case(label: "an unknown request field", step: request(#"{"method": "POST", "path": "/x", "body": "a"}"#),
             problems: [#"1:59 $.request.body: unknown field "body"; expected one of method, path, query, headers, json, text"#]),
        Case(label: "an unknown placeholder names the known ones", step: request(#"{"method": "GET", "path": "/x", "headers": {"A": "{{credentials.tokn}}"}}"#),
             problems: ["1:75 $.request.headers.A: unknown placeholder {{credentials.tokn}}; known here: {{credentials.token}}"]),
        Case(label: "a malformed generator", step: request(#"{"method": "POST", "path": "/x", "json": {"t": {"$repeat": "a"}}}"#),
             problems: [#"1:73 $.request.json.t: a $repeat generator is {"$repeat": STRING, "times": N} with N ≥ 0"#]),
        Case(label: "a misspelt reserved key", step: request(#"{"method": "POST", "path": "/x", "json": {"t": {"$concta": []}}}"#),
             problems: [#"1:85 $.request.json.t["$concta"]: "$concta" is not a known key; did you mean "$concat"? Keys starting with $ are reserved for $match, $repeat, $concat"#]),
        Case(label: "a reserved key like no other", step: request(#"{"method": "POST", "path": "/x", "json": {"$zzzzzzzz": 1}}"#),
             problems: [#"1:81 $.request.json["$zzzzzzzz"]: "$zzzzzzzz" is not a known key. Keys starting with $ are reserved for $match, $repeat, $concat"#]),
    ]

    @Test(arguments: requestCases)
    func requestProblems(_ check: Case) throws {
        let problems = try Self.decode(check.step).problems
        #expect(problems == check.problems)
    }

    /// `{"name": "a", "request": {"method": "GET", "path": "/x"}, "expect": EXPECT}` on one line: EXPECT starts at column 69.
    static func expect(_ expect: String) -> String {
        #"{"name": "a", "request": {"method": "GET", "path": "/x"}, "expect": \#(expect)}"#
    }

    static let expectCases: [Case] = [
        Case(label: "an expectation checks something", step: expect("{}"),
             problems: ["1:69 $.expect: an expectation must check something: status, headers, json, xml, text, smtp, outbox or transport_error"]),
        Case(label: "a status is an integer", step: expect(#"{"status": "200"}"#), problems: [#"1:80 $.expect.status: expected an integer from 100 to 599, got "200""#]),
        Case(label: "a status is from 100 to 599", step: expect(#"{"status": 99}"#), problems: ["1:80 $.expect.status: expected an integer from 100 to 599, got 99"]),
        Case(label: "a header is a string or a matcher", step: expect(#"{"headers": {"X-A": 1}}"#),
             problems: [#"1:89 $.expect.headers["X-A"]: expected a string or a {"$match": …} matcher, got number"#]),
        Case(label: "json_match is subset or exact", step: expect(#"{"json": {}, "json_match": "strict"}"#),
             problems: [#"1:96 $.expect.json_match: expected "subset" (the default: more members are allowed) or "exact""#]),
        Case(label: "one body kind", step: expect(#"{"json": {}, "text": "a"}"#),
             problems: [#"1:90 $.expect.text: expect the body as one of "json", "xml" or "text", not json and text"#]),
        Case(label: "three body kinds", step: expect(#"{"json": {}, "xml": {}, "text": "a"}"#),
             problems: [#"1:89 $.expect.xml: expect the body as one of "json", "xml" or "text", not json and xml and text"#]),
        Case(label: "XML text must be well-formed", step: expect(#"{"xml": "<a><b></a>"}"#),
             problems: ["1:77 $.expect.xml: not well-formed XML: Opening and ending tag mismatch: b line 1 and a at 1:11"]),
        Case(label: "XML is text or its mapping", step: expect(#"{"xml": 1}"#),
             problems: ["1:77 $.expect.xml: expected XML text or its JSON mapping (an object), got number"]),
        Case(label: "a text expectation is a string or a matcher", step: expect(#"{"text": ["a"]}"#),
             problems: [#"1:78 $.expect.text: expected a string or a {"$match": …} matcher, got array"#]),
        Case(label: "the outbox is an array", step: expect(#"{"outbox": {}}"#), problems: ["1:80 $.expect.outbox: expected an array, got object"]),
        Case(label: "outbox entries are objects", step: expect(#"{"outbox": [{}, 1]}"#), problems: ["1:85 $.expect.outbox[1]: expected an object, got number"]),
        Case(label: "a transport error has nothing else to check", step: expect(#"{"status": 200, "transport_error": true}"#),
             problems: ["1:104 $.expect.transport_error: a request that gets no HTTP response has no status, headers or body to check"]),
        Case(label: "transport_error is true or absent", step: expect(#"{"transport_error": false}"#),
             problems: ["1:89 $.expect.transport_error: expected true: the request must fail without an HTTP response",
                        "1:69 $.expect: an expectation must check something: status, headers, json, xml, text, smtp, outbox or transport_error"]),
        Case(label: "an unknown matcher", step: expect(#"{"json": {"id": {"$match": "guid"}}}"#),
             problems: [#"1:96 $.expect.json.id["$match"]: unknown matcher "guid"; did you mean "uuid"? Expected one of any, string, number, integer, boolean, uuid, iso8601, unix_time, regex, one_of"#]),
        Case(label: "a matcher option misspelt", step: expect(#"{"json": {"id": {"$match": "regex", "patern": "^a"}}}"#),
             problems: [#"1:115 $.expect.json.id.patern: unknown option "patern" for a regex matcher; did you mean "pattern"? it takes pattern"#]),
        Case(label: "a placeholder captured by this very step is not known yet", step: """
            {
              "name": "a",
              "request": {"method": "GET", "path": "/x"},
              "expect": {"json": {"id": "{{id}}"}},
              "capture": {"id": "$.id"}
            }
            """, problems: ["4:29 $.expect.json.id: unknown placeholder {{id}}; known here: {{credentials.token}}"]),
        Case(label: "an unknown expectation field", step: expect(#"{"staus": 200}"#),
             problems: [#"1:70 $.expect.staus: unknown field "staus"; did you mean "status"?"#,
                        "1:69 $.expect: an expectation must check something: status, headers, json, xml, text, smtp, outbox or transport_error"]),
    ]

    @Test(arguments: expectCases)
    func expectationProblems(_ check: Case) throws {
        let problems = try Self.decode(check.step).problems
        #expect(problems == check.problems)
    }

    /// `{"name": "a", "fake": FAKE}` on one line: FAKE starts at column 23.
    static func fake(_ fake: String) -> String {
        #"{"name": "a", "fake": \#(fake)}"#
    }

    static let fakeCases: [Case] = [
        Case(label: "fake is an object", step: fake("[]"), problems: ["1:23 $.fake: expected an object, got array"]),
        Case(label: "an unknown fake field", step: fake(#"{"advance": 1}"#),
             problems: [#"1:24 $.fake.advance: unknown field "advance"; expected one of accounts, advance_seconds, control"#]),
        Case(label: "accounts are an array", step: fake(#"{"accounts": {}}"#), problems: ["1:36 $.fake.accounts: expected an array, got object"]),
        Case(label: "an account is an object", step: fake(#"{"accounts": ["a"]}"#), problems: ["1:37 $.fake.accounts[0]: expected an object, got string"]),
        Case(label: "a control call is an object", step: fake(#"{"control": [1]}"#), problems: ["1:36 $.fake.control[0]: expected an object, got number"]),
        Case(label: "a control call needs method and path", step: fake(#"{"control": [{"json": {}}]}"#),
             problems: ["1:36 $.fake.control[0].method: required; expected a string", "1:36 $.fake.control[0].path: required; expected a string"]),
        Case(label: "a control call's unknown field", step: fake(#"{"control": [{"method": "POST", "path": "/__fake/x", "body": {}}]}"#),
             problems: [#"1:76 $.fake.control[0].body: unknown field "body"; expected one of method, path, json"#]),
        Case(label: "a control call goes to the control API", step: fake(#"{"control": [{"method": "POST", "path": "/sms"}]}"#),
             problems: ["1:63 $.fake.control[0].path: control calls go to the fake's control API: the path starts with /__fake/"]),
        Case(label: "advance_seconds is not negative", step: fake(#"{"advance_seconds": -1}"#),
             problems: ["1:43 $.fake.advance_seconds: expected a number of seconds ≥ 0, got -1"]),
        Case(label: "advance_seconds is a number", step: fake(#"{"advance_seconds": "60"}"#),
             problems: [#"1:43 $.fake.advance_seconds: expected a number of seconds ≥ 0, got "60""#]),
        Case(label: "an unknown placeholder in an account", step: fake(#"{"accounts": [{"hook": "{{callbacks.url}}/x"}]}"#),
             problems: ["1:46 $.fake.accounts[0].hook: unknown placeholder {{callbacks.url}}; known here: {{credentials.token}}"]),
    ]

    @Test(arguments: fakeCases)
    func fakeActionProblems(_ check: Case) throws {
        let problems = try Self.decode(check.step).problems
        #expect(problems == check.problems)
    }

    static let receiverAndCaptureCases: [Case] = [
        Case(label: "the receiver is an object", step: #"{"name": "a", "receiver": 500}"#, problems: ["1:27 $.receiver: expected an object, got number"]),
        Case(label: "the receiver needs a status", step: #"{"name": "a", "receiver": {"text": "OK"}}"#,
             problems: ["1:15 $.receiver.status: required; the status callbacks are answered with"]),
        Case(label: "a receiver status from 200 to 599", step: #"{"name": "a", "receiver": {"status": 99}}"#,
             problems: ["1:38 $.receiver.status: expected an integer from 200 to 599, got 99"]),
        Case(label: "a receiver text is a string", step: #"{"name": "a", "receiver": {"status": 200, "text": 1}}"#,
             problems: ["1:51 $.receiver.text: expected a string, got number"]),
        Case(label: "an unknown receiver field", step: #"{"name": "a", "receiver": {"status": 200, "body": "x"}}"#,
             problems: [#"1:43 $.receiver.body: unknown field "body"; expected one of status, text"#]),
        Case(label: "captures are an object", step: request(#"{"method": "GET", "path": "/x"}"#).replacingFirst("}}", with: #"}, "capture": "$.id"}"#),
             problems: ["1:97 $.capture: expected an object, got string"]),
        Case(label: "a capture's source is a string", step: request(#"{"method": "GET", "path": "/x"}"#).replacingFirst("}}", with: #"}, "capture": {"id": 1}}"#),
             problems: ["1:104 $.capture.id: expected a string, got number"]),
        Case(label: "a capture name is a plain word", step: request(#"{"method": "GET", "path": "/x"}"#).replacingFirst("}}", with: #"}, "capture": {"credentials.x": "$.x"}}"#),
             problems: [#"1:98 $.capture["credentials.x"]: a capture name is a plain word, not "credentials.x""#]),
        Case(label: "a capture name has no braces", step: request(#"{"method": "GET", "path": "/x"}"#).replacingFirst("}}", with: #"}, "capture": {"{{id}}": "$.x"}}"#),
             problems: [#"1:98 $.capture["{{id}}"]: a capture name is a plain word, not "{{id}}""#]),
        Case(label: "a capture reads a JSON path or a header", step: request(#"{"method": "GET", "path": "/x"}"#).replacingFirst("}}", with: #"}, "capture": {"id": "uuid"}}"#),
             problems: [#"1:104 $.capture.id: "uuid" is neither a JSON path ($.uuid) nor header:NAME"#]),
    ]

    @Test(arguments: receiverAndCaptureCases)
    func receiverAndCaptureProblems(_ check: Case) throws {
        let problems = try Self.decode(check.step).problems
        #expect(problems == check.problems)
    }

    // MARK: What well-formed steps decode to

    @Test func aRequestDecodesInOrder() throws {
        let decoded = try Self.decode("""
            {"name": "send", "request": {"method": "POST", "path": "/sms/{{credentials.token}}", "query": {"b": "2", "a": "{{credentials.token}}"},
             "headers": {"X-B": "1", "X-A": ""}, "json": {"text": {"$repeat": "a", "times": 2}}}, "expect": {"status": 201}}
            """)
        #expect(decoded.problems == [])
        let request = try #require(decoded.step?.request)
        #expect(request.method == "POST")
        #expect(request.path == "/sms/{{credentials.token}}")
        #expect(request.query.map { "\($0.name)=\($0.value)" } == ["b=2", "a={{credentials.token}}"])
        #expect(request.headers.map { "\($0.name): \($0.value)" } == ["X-B: 1", "X-A: "])
        #expect(request.body == .json(["text": ["$repeat": "a", "times": 2]]))
    }

    @Test(arguments: [
        (#""text": "<a/>""#, TemplateBody.text("<a/>")),
        (#""text": """#, .text("")),
        (#""json": [1]"#, .json([1])),
        (#""json": null"#, .json(.null)),
        (#""headers": {}"#, .none),
    ] as [(String, TemplateBody)])
    func aRequestBodyIsJSONOrText(member: String, body: TemplateBody) throws {
        let decoded = try Self.decode(Self.request(#"{"method": "POST", "path": "/x", \#(member)}"#))
        #expect(decoded.problems == [])
        #expect(decoded.step?.request?.body == body)
    }

    /// An expectation's body as the decoder reads it: which kind, exact or subset.
    struct BodyCase: Sendable, CustomTestStringConvertible {
        let expect: String
        let body: String
        var testDescription: String { expect }
    }

    @Test(arguments: [
        BodyCase(expect: #"{"json": {"a": 1}}"#, body: #"json subset {"a":1}"#),
        BodyCase(expect: #"{"json": {"a": 1}, "json_match": "subset"}"#, body: #"json subset {"a":1}"#),
        BodyCase(expect: #"{"json": [1], "json_match": "exact"}"#, body: "json exact [1]"),
        BodyCase(expect: #"{"xml": "<r a=\"1\"><id>2</id></r>"}"#, body: #"xml subset {"r":{"@a":"1","id":"2"}}"#),
        BodyCase(expect: #"{"xml": {"r": {"id": {"$match": "any"}}}, "json_match": "exact"}"#, body: #"xml exact {"r":{"id":{"$match":"any"}}}"#),
        BodyCase(expect: #"{"text": "OK"}"#, body: #"text "OK""#),
        BodyCase(expect: #"{"text": {"$match": "regex", "pattern": "^O"}}"#, body: #"text {"$match":"regex","pattern":"^O"}"#),
        BodyCase(expect: #"{"status": 200}"#, body: "none"),
    ])
    func anExpectedBodyDecodesToItsKind(_ body: BodyCase) throws {
        let decoded = try Self.decode(Self.expect(body.expect))
        #expect(decoded.problems == [])
        #expect(Self.describe(decoded.step?.expectation?.body) == body.body)
    }

    /// An expected body written out: `json exact {"a":1}`, `text "OK"`, `none`.
    static func describe(_ body: BodyExpectation?) -> String {
        switch body {
        case .json(let value, let exact)?: "json \(exact ? "exact" : "subset") \(JSONWriter.string(value))"
        case .xml(let value, let exact)?: "xml \(exact ? "exact" : "subset") \(JSONWriter.string(value))"
        case .form(let value, let exact)?: "form \(exact ? "exact" : "subset") \(JSONWriter.string(value))"
        case .text(let value)?: "text \(JSONWriter.string(value))"
        case nil: "none"
        }
    }

    @Test func theRestOfAnExpectationDecodes() throws {
        let decoded = try Self.decode(Self.expect("""
            {"status": 202, "headers": {"X-A": "1", "X-Id": {"$match": "uuid"}}, "outbox": [{"to": "+1"}], "smtp": {"mail_from": 250}}
            """))
        #expect(decoded.problems == [])
        let expectation = try #require(decoded.step?.expectation)
        #expect(expectation.status == 202)
        #expect(expectation.headers.map(\.name) == ["X-A", "X-Id"])
        #expect(expectation.headers.map(\.value) == ["1", ["$match": "uuid"]])
        #expect(expectation.outbox == [["to": "+1"]])
        #expect(expectation.smtp == SMTPExpectation(mailFrom: ReplyExpectation(code: 250)))
        #expect(!expectation.transportError)
        let failing = try Self.decode(Self.expect(#"{"transport_error": true}"#))
        #expect(failing.problems == [])
        #expect(failing.step?.expectation?.transportError == true)
    }

    @Test func capturesAreReadAndBecomeKnownForLaterSteps() throws {
        let decoded = try Self.decode(Self.request(#"{"method": "GET", "path": "/x"}"#)
            .replacingFirst("}}", with: #"}, "capture": {"id": "$.items[0].id", "trace": "HEADER:X-Trace", "raw": "header:x-raw"}}"#))
        #expect(decoded.problems == [])
        #expect(decoded.step?.captures == [Capture(name: "id", source: .body(try JSONPath(parsing: "$.items[0].id"))),
                                           Capture(name: "trace", source: .header("X-Trace")), Capture(name: "raw", source: .header("x-raw"))])
        #expect(decoded.known == ["credentials.token", "id", "trace", "raw"])
        let later = try Self.decode(#"{"name": "b", "request": {"method": "GET", "path": "/x/{{id}}"}, "expect": {"json": {"t": "{{trace}}"}}}"#, known: decoded.known)
        #expect(later.problems == [])
    }

    @Test func fakeActionsDecodeInTheirOrder() throws {
        let decoded = try Self.decode(Self.fake("""
            {"advance_seconds": 1.5, "control": [{"method": "POST", "path": "/__fake/faults", "json": {"fault": "reset"}}, {"method": "DELETE", "path": "/__fake/x"}],
             "accounts": [{"token": "t"}]}
            """))
        #expect(decoded.problems == [])
        #expect(decoded.step?.fakeActions == [.configureAccount(["token": "t"]), .control(method: "POST", path: "/__fake/faults", body: ["fault": "reset"]),
                                              .control(method: "DELETE", path: "/__fake/x", body: nil), .advanceClock(seconds: 1.5)])
    }

    @Test(arguments: [
        (#"{"status": 500}"#, 500, String?.none),
        (#"{"status": 200, "text": "<RESULT>000</RESULT>"}"#, 200, "<RESULT>000</RESULT>"),
        (#"{"status": 200, "text": ""}"#, 200, ""),
    ] as [(String, Int, String?)])
    func theReceiverDecodes(receiver: String, status: Int, text: String?) throws {
        let decoded = try Self.decode(#"{"name": "a", "receiver": \#(receiver)}"#)
        #expect(decoded.problems == [])
        #expect(decoded.step?.receiverStatus == status)
        #expect(decoded.step?.receiverText == text)
    }
}
