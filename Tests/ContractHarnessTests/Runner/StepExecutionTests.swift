@testable import ContractHarness
import Providers
import StructuredData
import Synchronization
import Testing
import Wire

/// Steps executed against a scripted target (no server): what is sent with real values, what the
/// cassette records with placeholders, captures, fake actions, the outbox, transport errors, and
/// every way a step stops — the whole outcome of each case.
@Suite struct StepExecutionTests {
    /// Answers each request with `answer`, remembering what was sent.
    final class Scripted: HTTPTransport {
        let answer: @Sendable (HTTPRequest) throws -> HTTPResponse
        let sent = Mutex<[HTTPRequest]>([])

        init(_ answer: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse) {
            self.answer = answer
        }

        func send(_ request: HTTPRequest) throws -> HTTPResponse {
            sent.withLock { $0.append(request) }
            return try answer(request)
        }

        /// What was sent, one line each: `METHOD target | Name: value; … | body`.
        var lines: [String] {
            sent.withLock { requests in
                requests.map { request in
                    let headers = request.headers.map { "\($0.name): \($0.value)" }.joined(separator: "; ")
                    return "\(request.method) \(request.target) | \(headers) | \(request.bodyText)"
                }
            }
        }
    }

    /// A provider with one credential, `token`.
    static let provider = ProviderDescriptor(
        id: "test", name: "Test", seedFile: "test.txt", transport: .http,
        credentials: [CredentialDescriptor(name: "token", environmentVariable: "T", fakeValue: "s3cret")], makeFake: LOX24Provider.descriptor.makeFake)

    static func json(_ status: Int, _ body: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var fields = headers
        fields["Content-Type"] = "application/json"
        return HTTPResponse(status: status, headers: fields, body: Array(body.utf8))
    }

    /// The fake's control API: accepts every action and shows `outbox`.
    static func control(outbox: String = "[]", refuse: Bool = false) -> @Sendable (HTTPRequest) throws -> HTTPResponse {
        { request in
            if refuse { return json(400, #"{"error": "no such account"}"#) }
            return request.target == "/__fake/outbox" ? json(200, outbox) : json(200, "{}")
        }
    }

    /// One case: steps (as spec JSON), how the API and the control API answer, and the whole outcome.
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let steps: [String]
        var live = false
        var http = true
        let answer: @Sendable (HTTPRequest) throws -> HTTPResponse
        var control: @Sendable (HTTPRequest) throws -> HTTPResponse = StepExecutionTests.control()
        let sent: [String]
        var controlled: [String] = []
        let interactions: [Interaction]
        var differences: [Difference] = []
        var notes: [String] = []
        var failure: String?
        var testDescription: String { label }
    }

    /// The outcome of running `steps` in order, stopping at the first failure as the runner does.
    struct Outcome: Equatable, CustomStringConvertible {
        var sent: [String]
        var controlled: [String]
        var interactions: [Interaction]
        var differences: [Difference]
        var notes: [String]
        var failure: String?
        var description: String { "sent \(sent), control \(controlled), \(interactions), \(differences), notes \(notes), failure \(failure ?? "none")" }
    }

    static func step(_ text: String, known: inout Set<String>) throws -> SpecStep {
        let document = try JSONParser.parseDocument(text)
        var reader = SpecFieldReader(document: document, file: "step.json")
        let step = SpecStepDecoder.decode(document.root, at: .root, knownNames: &known, reader: &reader)
        #expect(reader.problems == [])
        return try #require(step)
    }

    static func run(_ check: Case) throws -> Outcome {
        let api = Scripted(check.answer)
        let control = Scripted(check.control)
        let session = TargetSession(transport: check.http ? api : nil, targetName: "fake", credentials: ["token": "s3cret"],
                                    control: check.live ? nil : FakeControlClient(transport: control))
        var known: Set<String> = ["credentials.token"]
        let steps = try check.steps.map { try step($0, known: &known) }
        let spec = Spec(id: "test/x", provider: "test", title: "t", seed: SeedReference(file: "test.txt", section: "s"), live: .never, steps: steps, sourcePath: "x.json")
        var execution = StepExecution(session: session, spec: spec, provider: provider)
        var failure: String?
        do {
            for step in steps { try execution.run(step) }
        } catch {
            failure = error.description
        }
        return Outcome(sent: api.lines, controlled: control.lines, interactions: execution.interactions, differences: execution.differences,
                       notes: execution.notes, failure: failure)
    }

    static func http(_ step: String, _ method: String, _ path: String, headers: JSONObject = [:], body: RecordedBody = .none,
                     status: Int, responseHeaders: JSONObject = ["Content-Type": "application/json"], response: RecordedBody) -> Interaction {
        Interaction(step: step, request: RecordedRequest(method: method, path: path, headers: headers, body: body),
                    response: RecordedResponse(status: status, headers: responseHeaders, body: response))
    }

    static func spec(_ path: String, _ expected: JSONValue?, _ actual: JSONValue?, _ message: String? = nil) -> Difference {
        Difference(source: .spec, path: path, expected: expected, actual: actual, message: message)
    }

    static let created: @Sendable (HTTPRequest) throws -> HTTPResponse = { _ in json(201, #"{"uuid": "u-1", "n": 5}"#, headers: ["X-Trace": "t-9"]) }

    static let requests: [Case] = [
        Case(label: "real values are sent, placeholders recorded; query encoded; generators expanded", steps: ["""
            {"name": "send", "request": {"method": "POST", "path": "/sms/{{credentials.token}}", "query": {"q": "a b/ä", "k": "{{credentials.token}}"},
             "headers": {"X-Token": "{{credentials.token}}", "Content-Type": "application/json"}, "json": {"t": {"$repeat": "ab", "times": 2}, "k": "{{credentials.token}}"}},
             "expect": {"status": 201}}
            """], answer: created,
             sent: [#"POST /sms/s3cret?q=a%20b%2F%C3%A4&k=s3cret | X-Token: s3cret; Content-Type: application/json | {"t":"abab","k":"s3cret"}"#],
             interactions: [http("send", "POST", "/sms/{{credentials.token}}?q=a%20b%2F%C3%A4&k=%7B%7Bcredentials.token%7D%7D",
                                 headers: ["X-Token": "{{credentials.token}}", "Content-Type": "application/json"], body: .json(["t": "abab", "k": "{{credentials.token}}"]),
                                 status: 201, responseHeaders: ["X-Trace": "t-9", "Content-Type": "application/json"], response: .json(["uuid": "u-1", "n": 5]))]),
        Case(label: "a query joins a path that has one; a text body is sent as written", steps: ["""
            {"name": "send", "request": {"method": "POST", "path": "/sms?a=1", "query": {"b": "2"}, "headers": {"Content-Type": "application/x-www-form-urlencoded"},
             "text": "to={{credentials.token}}&m=hi"}, "expect": {"status": 200}}
            """], answer: { _ in HTTPResponse(status: 200, contentType: "text/plain", text: "OK") },
             sent: ["POST /sms?a=1&b=2 | Content-Type: application/x-www-form-urlencoded | to=s3cret&m=hi"],
             interactions: [http("send", "POST", "/sms?a=1&b=2", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                 body: .form(["to": "{{credentials.token}}", "m": "hi"]), status: 200, responseHeaders: ["Content-Type": "text/plain"], response: .text("OK"))]),
        Case(label: "captures feed later steps: real values sent, placeholders recorded, JSON types kept", steps: [
            #"{"name": "send", "request": {"method": "POST", "path": "/sms"}, "expect": {"status": 201}, "capture": {"uuid": "$.uuid", "n": "$.n", "trace": "header:x-trace"}}"#,
            #"{"name": "lookup", "request": {"method": "POST", "path": "/sms/{{uuid}}", "headers": {"X-T": "{{trace}}"}, "json": {"count": "{{n}}", "s": "n={{n}}"}}, "expect": {"json": {"uuid": "{{uuid}}"}}}"#,
        ], answer: created,
             sent: ["POST /sms |  | ", #"POST /sms/u-1 | X-T: t-9 | {"count":5,"s":"n=5"}"#],
             interactions: [http("send", "POST", "/sms", status: 201, responseHeaders: ["X-Trace": "t-9", "Content-Type": "application/json"], response: .json(["uuid": "u-1", "n": 5])),
                            http("lookup", "POST", "/sms/{{uuid}}", headers: ["X-T": "{{trace}}"], body: .json(["count": "{{n}}", "s": "n={{n}}"]),
                                 status: 201, responseHeaders: ["X-Trace": "t-9", "Content-Type": "application/json"], response: .json(["uuid": "u-1", "n": 5]))]),
        Case(label: "an expectation is checked with captured values expanded", steps: [
            #"{"name": "send", "request": {"method": "POST", "path": "/sms"}, "expect": {"status": 201}, "capture": {"uuid": "$.uuid"}}"#,
            #"{"name": "lookup", "request": {"method": "GET", "path": "/sms/{{uuid}}"}, "expect": {"status": 200, "headers": {"X-Echo": "{{credentials.token}}"}, "json": {"uuid": "{{uuid}}"}}}"#,
        ], answer: { request in
            request.method == "POST" ? json(201, #"{"uuid": "u-1"}"#) : json(200, #"{"uuid": "u-2"}"#, headers: ["X-Echo": "s3cret"])
        },
             sent: ["POST /sms |  | ", "GET /sms/u-1 |  | "],
             interactions: [http("send", "POST", "/sms", status: 201, response: .json(["uuid": "u-1"])),
                            http("lookup", "GET", "/sms/{{uuid}}", status: 200, responseHeaders: ["X-Echo": "s3cret", "Content-Type": "application/json"], response: .json(["uuid": "u-2"]))],
             differences: [spec("lookup/body/$.uuid", "u-1", "u-2")]),
        Case(label: "a capture that finds nothing stops the run after recording the exchange",
             steps: [#"{"name": "send", "request": {"method": "POST", "path": "/sms"}, "expect": {"status": 201}, "capture": {"id": "$.id"}}"#,
                     #"{"name": "never", "request": {"method": "GET", "path": "/x"}, "expect": {"status": 200}}"#],
             answer: created, sent: ["POST /sms |  | "],
             interactions: [http("send", "POST", "/sms", status: 201, responseHeaders: ["X-Trace": "t-9", "Content-Type": "application/json"], response: .json(["uuid": "u-1", "n": 5]))],
             failure: #"step send: capture "id" found nothing at $.id in the response"#),
        Case(label: "a header capture that finds nothing",
             steps: [#"{"name": "send", "request": {"method": "POST", "path": "/sms"}, "expect": {"status": 201}, "capture": {"id": "header:X-Id"}}"#],
             answer: created, sent: ["POST /sms |  | "],
             interactions: [http("send", "POST", "/sms", status: 201, responseHeaders: ["X-Trace": "t-9", "Content-Type": "application/json"], response: .json(["uuid": "u-1", "n": 5]))],
             failure: #"step send: capture "id" found nothing at header:X-Id in the response"#),
    ]

    @Test(arguments: requests)
    func requestsResponsesAndCaptures(_ check: Case) throws {
        let outcome = try Self.run(check)
        #expect(outcome == Outcome(sent: check.sent, controlled: check.controlled, interactions: check.interactions, differences: check.differences,
                                   notes: check.notes, failure: check.failure))
    }

    static let reset: @Sendable (HTTPRequest) throws -> HTTPResponse = { _ in throw TransportError(message: "POST /sms: connection reset by peer") }

    static let transports: [Case] = [
        Case(label: "a transport error stops the run", steps: [#"{"name": "send", "request": {"method": "POST", "path": "/sms"}, "expect": {"status": 201}}"#],
             answer: reset, sent: ["POST /sms |  | "], interactions: [], failure: "step send: POST /sms: connection reset by peer"),
        Case(label: "an expected transport error is recorded with status 0",
             steps: [#"{"name": "send", "request": {"method": "POST", "path": "/sms", "json": {"a": "{{credentials.token}}"}}, "expect": {"transport_error": true}}"#],
             answer: reset, sent: [#"POST /sms |  | {"a":"s3cret"}"#],
             interactions: [Interaction(step: "send", request: RecordedRequest(method: "POST", path: "/sms", headers: [:], body: .json(["a": "{{credentials.token}}"])),
                                        response: RecordedResponse(status: 0, headers: [:], body: .none))]),
        Case(label: "an expected transport error that did not happen",
             steps: [#"{"name": "send", "request": {"method": "POST", "path": "/sms"}, "expect": {"transport_error": true}}"#],
             answer: created, sent: ["POST /sms |  | "],
             interactions: [http("send", "POST", "/sms", status: 201, responseHeaders: ["X-Trace": "t-9", "Content-Type": "application/json"], response: .json(["uuid": "u-1", "n": 5]))],
             differences: [spec("send/transport_error", true, 201, "expected the connection to fail without a response")]),
        Case(label: "a target without HTTP", steps: [#"{"name": "send", "request": {"method": "POST", "path": "/sms"}, "expect": {"status": 201}}"#],
             http: false, answer: created, sent: [], interactions: [], failure: "step send: test has no HTTP endpoint on this target; send an email instead"),
    ]

    @Test(arguments: transports)
    func transportErrors(_ check: Case) throws {
        let outcome = try Self.run(check)
        #expect(outcome == Outcome(sent: check.sent, controlled: check.controlled, interactions: check.interactions, differences: check.differences,
                                   notes: check.notes, failure: check.failure))
    }

    static let fakeCases: [Case] = [
        Case(label: "fake actions go to the control API in order, placeholders expanded", steps: ["""
            {"name": "setup", "fake": {"accounts": [{"token": "{{credentials.token}}"}], "control": [{"method": "POST", "path": "/__fake/faults", "json": {"fault": "reset"}},
             {"method": "DELETE", "path": "/__fake/x"}], "advance_seconds": 60}}
            """], answer: created, sent: [],
             controlled: [#"POST /__fake/accounts | Content-Type: application/json | {"token":"s3cret"}"#,
                          #"POST /__fake/faults | Content-Type: application/json | {"fault":"reset"}"#, "DELETE /__fake/x |  | ",
                          #"POST /__fake/clock | Content-Type: application/json | {"advance_seconds":60}"#],
             interactions: []),
        Case(label: "fake actions on a live target", steps: [#"{"name": "setup", "fake": {"advance_seconds": 60}}"#], live: true, answer: created,
             sent: [], interactions: [], failure: "step setup: fake actions need the fake target"),
        Case(label: "a fake action the fake refuses", steps: [#"{"name": "setup", "fake": {"accounts": [{"token": "x"}]}}"#], answer: created,
             control: control(refuse: true), sent: [], controlled: [#"POST /__fake/accounts | Content-Type: application/json | {"token":"x"}"#], interactions: [],
             failure: "step setup: fake action failed: POST /__fake/accounts answered 400: no such account"),
        Case(label: "the outbox is compared, its expectation expanded",
             steps: [#"{"name": "send", "request": {"method": "POST", "path": "/sms"}, "expect": {"outbox": [{"to": "+1", "by": "{{credentials.token}}"}, {"to": "+3"}]}}"#],
             answer: created, control: control(outbox: #"[{"to": "+1", "by": "s3cret", "parts": 1}, {"to": "+2"}]"#), sent: ["POST /sms |  | "],
             controlled: ["GET /__fake/outbox |  | "],
             interactions: [http("send", "POST", "/sms", status: 201, responseHeaders: ["X-Trace": "t-9", "Content-Type": "application/json"], response: .json(["uuid": "u-1", "n": 5]))],
             differences: [spec("send/outbox/$[1].to", "+3", "+2")]),
        Case(label: "the outbox on a live target is skipped with a note",
             steps: [#"{"name": "send", "request": {"method": "POST", "path": "/sms"}, "expect": {"status": 201, "outbox": [{"to": "+1"}]}}"#], live: true,
             answer: created, sent: ["POST /sms |  | "],
             interactions: [http("send", "POST", "/sms", status: 201, responseHeaders: ["X-Trace": "t-9", "Content-Type": "application/json"], response: .json(["uuid": "u-1", "n": 5]))],
             notes: ["send: outbox expectation skipped (only a fake can show its outbox)"]),
        Case(label: "an outbox that cannot be read stops the run",
             steps: [#"{"name": "send", "request": {"method": "POST", "path": "/sms"}, "expect": {"outbox": []}}"#],
             answer: created, control: control(outbox: "{}"), sent: ["POST /sms |  | "], controlled: ["GET /__fake/outbox |  | "], interactions: [],
             failure: "step send: reading the outbox failed: GET /__fake/outbox did not answer a JSON array"),
    ]

    @Test(arguments: fakeCases)
    func fakeActionsAndTheOutbox(_ check: Case) throws {
        let outcome = try Self.run(check)
        #expect(outcome == Outcome(sent: check.sent, controlled: check.controlled, interactions: check.interactions, differences: check.differences,
                                   notes: check.notes, failure: check.failure))
    }

    /// Placeholders the decoder would refuse, built by hand: the run stops naming the step and what is known.
    @Test(arguments: [
        ("request path", SpecStep(name: "send", request: RequestTemplate(method: "GET", path: "/x/{{nobody}}"), expectation: ResponseExpectation(status: 200))),
        ("request body", SpecStep(name: "send", request: RequestTemplate(method: "POST", path: "/x", body: .json(["a": "{{nobody}}"])), expectation: ResponseExpectation(status: 200))),
        ("expectation", SpecStep(name: "send", request: RequestTemplate(method: "GET", path: "/x"), expectation: ResponseExpectation(body: .json(["a": "{{nobody}}"], exact: false)))),
        ("outbox", SpecStep(name: "send", request: RequestTemplate(method: "GET", path: "/x"), expectation: ResponseExpectation(outbox: [["to": "{{nobody}}"]]))),
        ("fake action", SpecStep(name: "send", fakeActions: [.control(method: "POST", path: "/__fake/{{nobody}}", body: nil)], request: nil, expectation: nil)),
    ] as [(String, SpecStep)])
    func anUnknownPlaceholderStopsTheRun(place: String, step: SpecStep) {
        let session = TargetSession(transport: Scripted(Self.created), targetName: "fake", credentials: ["token": "s3cret"],
                                    control: FakeControlClient(transport: Scripted(Self.control())))
        let spec = Spec(id: "test/x", provider: "test", title: "t", seed: SeedReference(file: "test.txt", section: "s"), live: .never, steps: [step], sourcePath: "x.json")
        var execution = StepExecution(session: session, spec: spec, provider: Self.provider)
        do {
            try execution.run(step)
            Issue.record("the \(place) placeholder was filled")
        } catch {
            #expect(error.description == "step send: unknown placeholder {{nobody}}; known here: {{credentials.token}}", "\(place)")
        }
    }
}
