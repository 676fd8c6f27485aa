@testable import ContractHarness
import StructuredData
import Testing
import Wire

/// Await steps against a real loopback receiver: callbacks are posted before the step runs, so the
/// wait returns at once (or, with `within_seconds: 0`, gives up at once) — no sleeps, no timing.
@Suite struct StepExecutionCallbacksTests {
    /// A callback posted to the receiver.
    struct Post: Sendable {
        var method = "POST"
        var target = "/dlr"
        var headers: HTTPHeaders = [:]
        var body = ""

        static func json(_ body: String, target: String = "/dlr", headers: HTTPHeaders = [:]) -> Post {
            var fields = headers
            fields["Content-Type"] = "application/json"
            return Post(target: target, headers: fields, body: body)
        }
    }

    /// Callbacks posted before each await step, the steps, and what the run finds and records.
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        /// For each step, the callbacks posted before it runs.
        let posts: [[Post]]
        let steps: [String]
        let differences: [Difference]
        /// What each await step records, one `METHOD target body-kind` per callback.
        let recorded: [[String]]
        var testDescription: String { label }
    }

    static func spec(_ path: String, _ expected: JSONValue?, _ actual: JSONValue?, _ message: String? = nil) -> Difference {
        Difference(source: .spec, path: path, expected: expected, actual: actual, message: message)
    }

    static let delivered = Post.json(#"{"status": "DELIVERED", "at": "2026-12-02T10:00:00Z"}"#, headers: ["X-Sig": "s1"])

    static let cases: [Case] = [
        Case(label: "the expected callback arrived", posts: [[delivered]], steps: ["""
            {"name": "dlr", "callbacks": {"expect": [{"method": "POST", "path": "/dlr", "headers": {"x-sig": "s1"},
             "json": {"status": "DELIVERED", "at": {"$match": "iso8601"}}, "json_match": "exact"}]}}
            """], differences: [], recorded: [["POST /dlr json"]]),
        Case(label: "method, path, header and body differ", posts: [[Post.json(#"{"status": "FAILED"}"#, target: "/receipt", headers: ["X-Sig": "s2"])]], steps: ["""
            {"name": "dlr", "callbacks": {"expect": [{"method": "GET", "path": "/dlr", "headers": {"X-Sig": "s1"}, "json": {"status": "DELIVERED"}}]}}
            """], differences: [spec("dlr/callbacks[0]/method", "GET", "POST"), spec("dlr/callbacks[0]/path", "/dlr", "/receipt"),
                                spec("dlr/callbacks[0]/headers/X-Sig", "s1", "s2", #"expected "s1""#), spec("dlr/callbacks[0]/body/$.status", "DELIVERED", "FAILED")],
             recorded: [["POST /receipt json"]]),
        Case(label: "a path matches with or without the query", posts: [[Post(target: "/dlr?id=7"), Post(target: "/dlr?id=8")]], steps: ["""
            {"name": "dlr", "callbacks": {"expect": [{"path": "/dlr"}, {"path": "/dlr?id=9"}]}}
            """], differences: [spec("dlr/callbacks[1]/path", "/dlr?id=9", "/dlr?id=8")], recorded: [["POST /dlr?id=7 none", "POST /dlr?id=8 none"]]),
        Case(label: "a form body is compared as its fields", posts: [[Post(headers: ["Content-Type": "application/x-www-form-urlencoded"], body: "s=DELIVRD&id=7")]],
             steps: [#"{"name": "dlr", "callbacks": {"expect": [{"form": {"s": "DELIVRD", "id": "8"}}]}}"#],
             differences: [spec("dlr/callbacks[0]/body/$.id", "8", "7")], recorded: [["POST /dlr form"]]),
        Case(label: "an XML body is compared in its mapping", posts: [[Post(headers: ["Content-Type": "text/xml"], body: "<dlr><id>7</id></dlr>")]],
             steps: [#"{"name": "dlr", "callbacks": {"expect": [{"xml": {"dlr": {"id": {"$match": "regex", "pattern": "^[0-9]+$"}}}}]}}"#],
             differences: [], recorded: [["POST /dlr xml"]]),
        Case(label: "a text body", posts: [[Post(headers: ["Content-Type": "text/plain"], body: "ok 7")]],
             steps: [#"{"name": "dlr", "callbacks": {"expect": [{"text": "ok 8"}]}}"#],
             differences: [spec("dlr/callbacks[0]/body", "ok 8", "ok 7", #"expected "ok 8""#)], recorded: [["POST /dlr text"]]),
        Case(label: "a JSON body expected, text received", posts: [[Post(headers: ["Content-Type": "text/plain"], body: "ok")]],
             steps: [#"{"name": "dlr", "callbacks": {"expect": [{"json": {"a": 1}}]}}"#],
             differences: [spec("dlr/callbacks[0]/body", ["a": 1], "ok", "expected a JSON body (text received)")], recorded: [["POST /dlr text"]]),
        Case(label: "fewer arrived than expected: the difference lists what did", posts: [[delivered]],
             steps: [#"{"name": "dlr", "callbacks": {"within_seconds": 0, "expect": [{"path": "/dlr"}, {"path": "/dlr"}]}}"#],
             differences: [spec("dlr/callbacks", 2, 1, #"expected 2 callbacks within 0 s; arrived: POST /dlr {"status": "DELIVERED", "at": "2026-12-02T10:00:00Z"}"#)],
             recorded: [["POST /dlr json"]]),
        Case(label: "none arrived", posts: [[]], steps: [#"{"name": "dlr", "callbacks": {"within_seconds": 0, "expect": [{"path": "/dlr"}]}}"#],
             differences: [spec("dlr/callbacks", 1, 0, "expected 1 callback within 0 s; arrived: none")], recorded: [[]]),
        Case(label: "expecting none, one arrived", posts: [[Post(target: "/late")]], steps: [#"{"name": "quiet", "callbacks": {"expect": []}}"#],
             differences: [spec("quiet/callbacks", 0, 1, "expected 0 callbacks within 5 s; arrived: POST /late ")], recorded: [["POST /late none"]]),
        Case(label: "each await step sees only what arrived since the last", posts: [[Post(target: "/a")], [Post(target: "/b")]], steps: [
            #"{"name": "first", "callbacks": {"expect": [{"path": "/a"}]}}"#, #"{"name": "second", "callbacks": {"expect": [{"path": "/b"}]}}"#,
        ], differences: [], recorded: [["POST /a none"], ["POST /b none"]]),
        Case(label: "callbacks beyond those expected wait for the next step", posts: [[Post(target: "/a"), Post(target: "/b")], []], steps: [
            #"{"name": "first", "callbacks": {"expect": [{"path": "/a"}]}}"#, #"{"name": "second", "callbacks": {"expect": [{"path": "/b"}]}}"#,
        ], differences: [], recorded: [["POST /a none"], ["POST /b none"]]),
        Case(label: "the receiver's URL is a known placeholder", posts: [[Post.json(#"{"hook": "RECEIVER/x"}"#)]],
             steps: [#"{"name": "dlr", "callbacks": {"expect": [{"json": {"hook": "{{callbacks.url}}/x"}}]}}"#], differences: [], recorded: [["POST /dlr json"]]),
    ]

    @Test(arguments: cases)
    func awaitedCallbacksAreComparedAndRecorded(_ check: Case) throws {
        let receiver = try CallbackReceiver()
        defer { receiver.shutdown() }
        let client = try HTTPClient(url: receiver.baseURL)
        let session = TargetSession(transport: nil, targetName: "fake", credentials: [:], control: nil)
        var known: Set<String> = ["callbacks.url"]
        let steps = try check.steps.map { try StepExecutionTests.step($0, known: &known) }
        let spec = Spec(id: "test/x", provider: "test", title: "t", seed: SeedReference(file: "test.txt", section: "s"), live: .never, steps: steps, sourcePath: "x.json")
        var execution = StepExecution(session: session, spec: spec, provider: StepExecutionTests.provider, receiver: receiver)
        for (step, posts) in zip(steps, check.posts) {
            for post in posts {
                let body = post.body.replacingOccurrences(of: "RECEIVER", with: receiver.baseURL)
                _ = try client.send(HTTPRequest(method: post.method, target: post.target, headers: post.headers, body: Array(body.utf8)))
            }
            try execution.run(step)
        }
        #expect(execution.differences == check.differences)
        let recorded = execution.interactions.map { interaction -> [String] in
            guard case .callbacks(let requests) = interaction.exchange else { return ["not callbacks: \(interaction.step)"] }
            return requests.map { "\($0.method) \($0.path) \($0.body.formatted?.format.name ?? "none")" }
        }
        #expect(recorded == check.recorded)
        #expect(execution.interactions.map(\.step) == steps.map(\.name))
    }

    @Test func aRecordedCallbackKeepsItsHeadersButNotTheConnections() throws {
        let receiver = try CallbackReceiver()
        defer { receiver.shutdown() }
        _ = try HTTPClient(url: receiver.baseURL).send(HTTPRequest(method: "POST", target: "/dlr", headers: ["X-Sig": "s1", "Date": "Mon", "Content-Type": "application/json"],
                                                                   body: Array(#"{"a": 1}"#.utf8)))
        var known: Set<String> = []
        let step = try StepExecutionTests.step(#"{"name": "dlr", "callbacks": {"expect": [{}]}}"#, known: &known)
        let spec = Spec(id: "test/x", provider: "test", title: "t", seed: SeedReference(file: "test.txt", section: "s"), live: .never, steps: [step], sourcePath: "x.json")
        var execution = StepExecution(session: TargetSession(transport: nil, targetName: "fake", credentials: [:], control: nil), spec: spec,
                                      provider: StepExecutionTests.provider, receiver: receiver)
        try execution.run(step)
        #expect(execution.interactions == [Interaction(step: "dlr", exchange: .callbacks([
            RecordedRequest(method: "POST", path: "/dlr", headers: ["X-Sig": "s1", "Content-Type": "application/json"], body: .json(["a": 1])),
        ]))])
    }

    @Test func theReceiverAnswersAsTheStepSaysFromThatStepOn() throws {
        let receiver = try CallbackReceiver()
        defer { receiver.shutdown() }
        var known: Set<String> = []
        let step = try StepExecutionTests.step(#"{"name": "refuse", "receiver": {"status": 503, "text": "busy"}}"#, known: &known)
        let spec = Spec(id: "test/x", provider: "test", title: "t", seed: SeedReference(file: "test.txt", section: "s"), live: .never, steps: [step], sourcePath: "x.json")
        var execution = StepExecution(session: TargetSession(transport: nil, targetName: "fake", credentials: [:], control: nil), spec: spec,
                                      provider: StepExecutionTests.provider, receiver: receiver)
        let client = try HTTPClient(url: receiver.baseURL)
        #expect(try client.send(HTTPRequest(method: "POST", target: "/dlr")).status == 200)
        try execution.run(step)
        let refused = try client.send(HTTPRequest(method: "POST", target: "/dlr"))
        #expect(refused.status == 503)
        #expect(refused.bodyText == "busy")
        #expect(execution.interactions == [])
    }

    @Test func awaitingWithoutAReceiverStopsTheRun() throws {
        var known: Set<String> = []
        let step = try StepExecutionTests.step(#"{"name": "dlr", "callbacks": {"expect": []}}"#, known: &known)
        let spec = Spec(id: "test/x", provider: "test", title: "t", seed: SeedReference(file: "test.txt", section: "s"), live: .never, steps: [step], sourcePath: "x.json")
        var execution = StepExecution(session: TargetSession(transport: nil, targetName: "fake", credentials: [:], control: nil), spec: spec,
                                      provider: StepExecutionTests.provider)
        do {
            try execution.run(step)
            Issue.record("the await step ran without a receiver")
        } catch {
            #expect(error.description == "step dlr: awaiting callbacks needs the fake target's callback receiver")
        }
    }
}
