@testable import ContractHarness
import Foundation
import Providers
import StructuredData
import Testing

/// The comparison of a run with its cassette, seen through the runner: request bodies compare
/// member order (what was sent is what a replay sends), responses and headers do not.
@Suite struct CassetteComparatorTests {
    private func run(_ specID: String, in scratch: String) throws -> SpecResult {
        let spec = try SpecCatalog.load("\(scratch)/Specs/\(specID).json")
        return SpecRunner(target: FakeTarget(), recordMode: .never, cassettes: CassetteStore(root: scratch + "/Recordings")).run(spec)
    }

    @Test func aRequestBodyInAnotherOrderIsAnotherRequest() throws {
        let scratch = try RepositoryFixture.copyOfRepository()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let cassette = "\(scratch)/Recordings/rox/numbering-in-order.json"
        var recorded = try CassetteCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: cassette))), file: cassette)
        guard case .http(var request, let response) = recorded.interactions[0].exchange, case .json(let body) = request.body,
              var messages = body["Messages"]?.objectValue, let two = messages["2"], let one = messages["1"] else {
            Issue.record("unexpected cassette")
            return
        }
        messages["2"] = nil
        messages["1"] = nil
        messages["1"] = one
        messages["2"] = two
        var sorted = body.objectValue ?? JSONObject()
        sorted["Messages"] = .object(messages)
        request.body = .json(.object(sorted))
        recorded.interactions[0] = Interaction(step: recorded.interactions[0].step, request: request, response: response)
        try Data(CassetteCodec.encode(recorded)).write(to: URL(fileURLWithPath: cassette))

        let result = try run("rox/numbering-in-order", in: scratch)
        #expect(result.outcome == .failed)
        #expect(result.differences == [Difference(
            source: .cassette, path: "two-before-one/request/$.body.json.Messages", expected: ["ReceiptFlag", "ReceiptCallbackURL", "ReplyType", "ReplyCallbackURL", "TimeZoneOffset", "SendLater", "Count", "1", "2"],
            actual: ["ReceiptFlag", "ReceiptCallbackURL", "ReplyType", "ReplyCallbackURL", "TimeZoneOffset", "SendLater", "Count", "2", "1"],
            message: #"expected members in the order ["ReceiptFlag","ReceiptCallbackURL","ReplyType","ReplyCallbackURL","TimeZoneOffset","SendLater","Count","1","2"]"#)])
    }

    @Test func responseMemberOrderAndHeaderOrderAreNotDrift() throws {
        let scratch = try RepositoryFixture.copyOfRepository()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let cassette = "\(scratch)/Recordings/rox/numbering-in-order.json"
        var recorded = try CassetteCodec.decode(Array(try Data(contentsOf: URL(fileURLWithPath: cassette))), file: cassette)
        guard case .http(let request, var response) = recorded.interactions[0].exchange, case .json(let body) = response.body else {
            Issue.record("unexpected cassette")
            return
        }
        response.body = .json(body.sortingKeys())
        recorded.interactions[0] = Interaction(step: recorded.interactions[0].step, request: request, response: response)
        try Data(CassetteCodec.encode(recorded)).write(to: URL(fileURLWithPath: cassette))
        let result = try run("rox/numbering-in-order", in: scratch)
        #expect(result.outcome == .passed, "\(result.differences)")
    }
}

/// The comparison itself, run directly on two cassettes: one behaviour per table, each case the whole
/// list of differences (paths, values, messages).
@Suite struct CassetteComparatorTableTests {
    /// A provider with one per-call header and one per-call body path of its own.
    static let provider = ProviderDescriptor(
        id: "test", name: "Test", seedFile: "test.txt", transport: .http, credentials: [],
        volatileResponseHeaders: ["X-Request-Id"], volatileBodyPaths: ["$.request_id"], makeFake: LOX24Provider.descriptor.makeFake)

    /// Two runs of one spec and every difference between them, in order.
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        var steps: [SpecStep] = []
        var volatile: [String] = []
        let recorded: [Interaction]
        let actual: [Interaction]
        let differences: [Difference]
        var testDescription: String { label }

        func compare() throws -> [Difference] {
            let spec = Spec(id: "test/x", provider: "test", title: "t", seed: SeedReference(file: "test.txt", section: "s"), live: .never,
                            volatile: try volatile.map { try JSONPathPattern(parsing: $0) }, steps: steps, sourcePath: "x.json")
            func cassette(_ interactions: [Interaction]) -> Cassette {
                Cassette(spec: "test/x", provider: "test", recordedAt: "2026-12-02T00:00:00Z", target: "fake", interactions: interactions)
            }
            return CassetteComparator(spec: spec, provider: CassetteComparatorTableTests.provider)
                .differences(recorded: cassette(recorded), actual: cassette(actual))
        }
    }

    static func cassette(_ path: String, _ expected: JSONValue?, _ actual: JSONValue?, _ message: String? = nil) -> Difference {
        Difference(source: .cassette, path: path, expected: expected, actual: actual, message: message)
    }

    static func http(_ step: String = "send", method: String = "POST", path: String = "/sms", requestHeaders: JSONObject = ["Content-Type": "application/json"],
                     requestBody: RecordedBody = .json(["text": "hi", "to": "+1"]), status: Int = 201,
                     headers: JSONObject = ["Content-Type": "application/json"], body: RecordedBody = .json(["id": "1", "state": "queued"])) -> Interaction {
        Interaction(step: step, request: RecordedRequest(method: method, path: path, headers: requestHeaders, body: requestBody),
                    response: RecordedResponse(status: status, headers: headers, body: body))
    }

    /// A step whose expectation is `expectation`.
    static func step(_ expectation: ResponseExpectation, name: String = "send") -> SpecStep {
        SpecStep(name: name, request: RequestTemplate(method: "POST", path: "/sms"), expectation: expectation)
    }

    static let exchanges: [Case] = [
        Case(label: "the same traffic", recorded: [http()], actual: [http()], differences: []),
        Case(label: "an exchange fewer", recorded: [http(), http("lookup")], actual: [http()],
             differences: [cassette("interactions", 2, 1, "expected 2 recorded exchanges; re-record with --record all if the spec changed")]),
        Case(label: "an exchange more: the count, then the shared ones", recorded: [http()], actual: [http(status: 200), http("lookup")],
             differences: [cassette("interactions", 1, 2, "expected 1 recorded exchange; re-record with --record all if the spec changed"),
                           cassette("send/status", 201, 200)]),
        Case(label: "a step renamed", recorded: [http("send")], actual: [http("post")], differences: [cassette("post/step", "send", "post")]),
        Case(label: "an HTTP exchange where an email was", recorded: [Interaction(step: "send", exchange: .email(message: ["to": ["a@b"]], replies: []))],
             actual: [http()],
             differences: [cassette("send", .none, .none, "the recorded exchange is of another kind (HTTP vs email); re-record with --record all")]),
        Case(label: "callbacks where an HTTP exchange was", recorded: [http()], actual: [Interaction(step: "send", exchange: .callbacks([]))],
             differences: [cassette("send", .none, .none, "the recorded exchange is of another kind (HTTP vs email); re-record with --record all")]),
    ]

    @Test(arguments: exchanges)
    func exchangesArePairedInOrder(_ check: Case) throws {
        let differences = try check.compare()
        #expect(differences == check.differences)
    }

    static let requests: [Case] = [
        Case(label: "method", recorded: [http()], actual: [http(method: "PUT")], differences: [cassette("send/request/$.method", "POST", "PUT")]),
        Case(label: "path and query", recorded: [http(path: "/sms?a=1")], actual: [http(path: "/sms?a=2")],
             differences: [cassette("send/request/$.path", "/sms?a=1", "/sms?a=2")]),
        Case(label: "a header changed", recorded: [http()], actual: [http(requestHeaders: ["Content-Type": "text/plain"])],
             differences: [cassette(#"send/request/$.headers["Content-Type"]"#, "application/json", "text/plain")]),
        Case(label: "a header added", recorded: [http()], actual: [http(requestHeaders: ["Content-Type": "application/json", "X-A": "1"])],
             differences: [cassette(#"send/request/$.headers["X-A"]"#, .none, "1")]),
        Case(label: "a header removed", recorded: [http()], actual: [http(requestHeaders: [:])],
             differences: [cassette(#"send/request/$.headers["Content-Type"]"#, "application/json", .none)]),
        Case(label: "headers in another order are the same request", recorded: [http(requestHeaders: ["A": "1", "B": "2"])],
             actual: [http(requestHeaders: ["B": "2", "A": "1"])], differences: []),
        Case(label: "a body value changed", recorded: [http()], actual: [http(requestBody: .json(["text": "ho", "to": "+1"]))],
             differences: [cassette("send/request/$.body.json.text", "hi", "ho")]),
        Case(label: "body members in another order", recorded: [http()], actual: [http(requestBody: .json(["to": "+1", "text": "hi"]))],
             differences: [cassette("send/request/$.body.json", ["text", "to"], ["to", "text"], #"expected members in the order ["text","to"]"#)]),
        Case(label: "a body member added", recorded: [http()], actual: [http(requestBody: .json(["text": "hi", "to": "+1", "from": "x"]))],
             differences: [cassette("send/request/$.body.json.from", .none, "x")]),
        Case(label: "a body of another format", recorded: [http()], actual: [http(requestBody: .text("text=hi"))],
             differences: [cassette("send/request/$.body.json", ["text": "hi", "to": "+1"], .none), cassette("send/request/$.body.text", .none, "text=hi")]),
        Case(label: "a form body field changed", recorded: [http(requestBody: .form(["a": "1"]))], actual: [http(requestBody: .form(["a": "2"]))],
             differences: [cassette("send/request/$.body.form.a", "1", "2")]),
        Case(label: "a request spec volatile paths do not cover", volatile: ["$.text"], recorded: [http()],
             actual: [http(requestBody: .json(["text": "ho", "to": "+1"]))], differences: [cassette("send/request/$.body.json.text", "hi", "ho")]),
    ]

    @Test(arguments: requests)
    func theRequestIsComparedExactlyMembersInOrder(_ check: Case) throws {
        let differences = try check.compare()
        #expect(differences == check.differences)
    }

    static let responseHeaders: [Case] = [
        Case(label: "status", recorded: [http()], actual: [http(status: 422)], differences: [cassette("send/status", 201, 422)]),
        Case(label: "a header changed, named as the run spells it", recorded: [http(headers: ["X-Thing": "a"])], actual: [http(headers: ["x-thing": "b"])],
             differences: [cassette("send/headers/x-thing", "a", "b")]),
        Case(label: "a header name in another case only", recorded: [http(headers: ["X-Thing": "a"])], actual: [http(headers: ["x-thing": "a"])],
             differences: []),
        Case(label: "a header gone, named as recorded", recorded: [http(headers: ["X-Thing": "a"])], actual: [http(headers: [:])],
             differences: [cassette("send/headers/X-Thing", "a", .none)]),
        Case(label: "a header new; headers in sorted order", recorded: [http(headers: [:])], actual: [http(headers: ["X-B": "2", "X-A": "1"])],
             differences: [cassette("send/headers/X-A", .none, "1"), cassette("send/headers/X-B", .none, "2")]),
        Case(label: "a repeated header", recorded: [http(headers: ["Set-Cookie": ["a=1", "b=2"]])], actual: [http(headers: ["Set-Cookie": "a=1"])],
             differences: [cassette("send/headers/Set-Cookie", ["a=1", "b=2"], "a=1")]),
        Case(label: "headers that change on every response",
             recorded: [http(headers: ["Date": "Mon", "Connection": "close", "Keep-Alive": "5", "Content-Length": "10", "Transfer-Encoding": "chunked",
                                       "Server": "a", "Age": "1", "Expires": "0"])],
             actual: [http(headers: ["Date": "Tue", "Connection": "keep-alive", "Content-Length": "11", "Server": "b", "Age": "2"])], differences: []),
        Case(label: "the provider's per-call header", recorded: [http(headers: ["X-Request-Id": "a"])], actual: [http(headers: ["x-request-id": "b"])],
             differences: []),
        Case(label: "a header the spec matches", steps: [step(ResponseExpectation(headers: [("x-trace", ["$match": "string"])]))],
             recorded: [http(headers: ["X-Trace": "a"])], actual: [http(headers: ["X-Trace": "b"])], differences: []),
        Case(label: "a header the spec expects literally", steps: [step(ResponseExpectation(headers: [("X-Trace", "a")]))],
             recorded: [http(headers: ["X-Trace": "a"])], actual: [http(headers: ["X-Trace": "b"])], differences: [cassette("send/headers/X-Trace", "a", "b")]),
        Case(label: "a matched header in another step is still compared", steps: [step(ResponseExpectation(headers: [("X-Trace", ["$match": "any"])]), name: "other")],
             recorded: [http(headers: ["X-Trace": "a"])], actual: [http(headers: ["X-Trace": "b"])], differences: [cassette("send/headers/X-Trace", "a", "b")]),
    ]

    @Test(arguments: responseHeaders)
    func responseStatusAndHeadersButNotTheVolatileOnes(_ check: Case) throws {
        let differences = try check.compare()
        #expect(differences == check.differences)
    }

    static let responseBodies: [Case] = [
        Case(label: "JSON value changed", recorded: [http()], actual: [http(body: .json(["id": "1", "state": "sent"]))],
             differences: [cassette("send/body/$.state", "queued", "sent")]),
        Case(label: "JSON member added", recorded: [http()], actual: [http(body: .json(["id": "1", "state": "queued", "price": 1]))],
             differences: [cassette("send/body/$.price", .none, 1)]),
        Case(label: "JSON member gone", recorded: [http()], actual: [http(body: .json(["id": "1"]))],
             differences: [cassette("send/body/$.state", "queued", .none)]),
        Case(label: "JSON members in another order", recorded: [http()], actual: [http(body: .json(["state": "queued", "id": "1"]))], differences: []),
        Case(label: "a path the spec lists as volatile", volatile: ["$.id"], recorded: [http()], actual: [http(body: .json(["id": "2", "state": "queued"]))],
             differences: []),
        Case(label: "a volatile pattern over array elements", volatile: ["$.items[*].id"],
             recorded: [http(body: .json(["items": [["id": 1, "n": 1], ["id": 2, "n": 2]]]))],
             actual: [http(body: .json(["items": [["id": 3, "n": 1], ["id": 4, "n": 3]]]))], differences: [cassette("send/body/$.items[1].n", 2, 3)]),
        Case(label: "the provider's per-call body path", recorded: [http(body: .json(["request_id": "a"]))], actual: [http(body: .json(["request_id": "b"]))],
             differences: []),
        Case(label: "a value the spec matches", steps: [step(ResponseExpectation(body: .json(["id": ["$match": "string"]], exact: false)))],
             recorded: [http()], actual: [http(body: .json(["id": "2", "state": "queued"]))], differences: []),
        Case(label: "a matched member that vanished is volatile too",
             steps: [step(ResponseExpectation(body: .json(["id": ["$match": "string"]], exact: false)))],
             recorded: [http()], actual: [http(body: .json(["state": "queued"]))], differences: []),
        Case(label: "a value the spec expects literally", steps: [step(ResponseExpectation(body: .json(["id": "1"], exact: false)))],
             recorded: [http()], actual: [http(body: .json(["id": "2", "state": "queued"]))], differences: [cassette("send/body/$.id", "1", "2")]),
        Case(label: "XML mapping changed", recorded: [http(body: .xml(["r": ["id": "1", "ok": "true"]]))], actual: [http(body: .xml(["r": ["id": "1", "ok": "false"]]))],
             differences: [cassette("send/body/$.r.ok", "true", "false")]),
        Case(label: "an XML value the spec matches", steps: [step(ResponseExpectation(body: .xml(["r": ["id": ["$match": "any"]]], exact: false)))],
             recorded: [http(body: .xml(["r": ["id": "1"]]))], actual: [http(body: .xml(["r": ["id": "2"]]))], differences: []),
        Case(label: "form field changed", recorded: [http(body: .form(["a": "1"]))], actual: [http(body: .form(["a": "2"]))],
             differences: [cassette("send/body/$.a", "1", "2")]),
        Case(label: "a form field the spec matches", steps: [step(ResponseExpectation(body: .form(["a": ["$match": "any"]], exact: false)))],
             recorded: [http(body: .form(["a": "1"]))], actual: [http(body: .form(["a": "2"]))], differences: []),
        Case(label: "text changed", recorded: [http(body: .text("OK 1"))], actual: [http(body: .text("OK 2"))],
             differences: [cassette("send/body", ["text": "OK 1"], ["text": "OK 2"])]),
        Case(label: "text the spec matches is volatile as a whole",
             steps: [step(ResponseExpectation(body: .text(["$match": "regex", "pattern": "^OK"])))],
             recorded: [http(body: .text("OK 1"))], actual: [http(body: .text("OK 2"))], differences: []),
        Case(label: "text the spec expects literally", steps: [step(ResponseExpectation(body: .text("OK 1")))],
             recorded: [http(body: .text("OK 1"))], actual: [http(body: .text("OK 2"))], differences: [cassette("send/body", ["text": "OK 1"], ["text": "OK 2"])]),
        Case(label: "binary changed", recorded: [http(body: .base64("AAE="))], actual: [http(body: .base64("AAI="))],
             differences: [cassette("send/body", ["base64": "AAE="], ["base64": "AAI="])]),
        Case(label: "JSON became text", recorded: [http()], actual: [http(body: .text("oops"))],
             differences: [cassette("send/body", ["json": ["id": "1", "state": "queued"]], ["text": "oops"], "expected a JSON body, got a text body")]),
        Case(label: "XML became JSON", recorded: [http(body: .xml(["r": "1"]))], actual: [http(body: .json(["r": "1"]))],
             differences: [cassette("send/body", ["xml": ["r": "1"]], ["json": ["r": "1"]], "expected an XML body, got a JSON body")]),
        Case(label: "a body where there was none", recorded: [http(body: .none)], actual: [http(body: .json([:]))],
             differences: [cassette("send/body", .null, ["json": [:]], "expected no body, got a JSON body")]),
        Case(label: "text that became binary, though the spec matches the text",
             steps: [step(ResponseExpectation(body: .text(["$match": "any"])))], recorded: [http(body: .text("OK"))], actual: [http(body: .base64("/wA="))],
             differences: [cassette("send/body", ["text": "OK"], ["base64": "/wA="], "expected a text body, got a binary body")]),
    ]

    @Test(arguments: responseBodies)
    func responseBodiesIgnoringWhatIsVolatile(_ check: Case) throws {
        let differences = try check.compare()
        #expect(differences == check.differences)
    }

    static func email(subject: String = "Alert", replies: [RecordedSMTPReply] = smtpReplies()) -> Interaction {
        Interaction(step: "send", exchange: .email(message: ["from": "a@b", "subject": .string(subject), "to": ["1@sms"]], replies: replies))
    }

    static func smtpReplies(greeting: String = "220 mx1", ehlo: String = "mx1 hello", goAhead: String = "End data with .",
                            queued: String = "2.0.0 Queued 1 SMS", rcpt: Int = 250) -> [RecordedSMTPReply] {
        [RecordedSMTPReply(command: "connect", argument: nil, code: 220, text: greeting), RecordedSMTPReply(command: "EHLO", argument: "h", code: 250, text: ehlo),
         RecordedSMTPReply(command: "MAIL FROM", argument: "a@b", code: 250, text: "2.1.0 Ok"), RecordedSMTPReply(command: "RCPT TO", argument: "1@sms", code: rcpt, text: "2.1.5 Ok"),
         RecordedSMTPReply(command: "DATA", argument: nil, code: 354, text: goAhead), RecordedSMTPReply(command: ".", argument: nil, code: 250, text: queued),
         RecordedSMTPReply(command: "QUIT", argument: nil, code: 221, text: "Bye")]
    }

    static let emails: [Case] = [
        Case(label: "the same email and dialogue", recorded: [email()], actual: [email()], differences: []),
        Case(label: "the email changed", recorded: [email()], actual: [email(subject: "Alarm")], differences: [cassette("send/email/$.subject", "Alert", "Alarm")]),
        Case(label: "a contractual reply changed (indexed among the contractual ones)", recorded: [email()], actual: [email(replies: smtpReplies(rcpt: 550))],
             differences: [cassette("send/smtp/$[1].code", 250, 550)]),
        Case(label: "the end-of-data reply text changed", recorded: [email()], actual: [email(replies: smtpReplies(queued: "2.0.0 Queued 2 SMS"))],
             differences: [cassette("send/smtp/$[3].text", "2.0.0 Queued 1 SMS", "2.0.0 Queued 2 SMS")]),
        Case(label: "greeting, EHLO and the 354 text name the server, not the contract", recorded: [email()],
             actual: [email(replies: smtpReplies(greeting: "220 mx2", ehlo: "mx2 hi", goAhead: "Go ahead"))], differences: []),
        Case(label: "a reply fewer", recorded: [email()], actual: [email(replies: Array(smtpReplies().prefix(3)))],
             differences: [cassette("send/smtp/$[1]", ["argument": "1@sms", "code": 250, "command": "RCPT TO", "text": "2.1.5 Ok"], .none),
                           cassette("send/smtp/$[2]", ["code": 354, "command": "DATA"], .none),
                           cassette("send/smtp/$[3]", ["code": 250, "command": ".", "text": "2.0.0 Queued 1 SMS"], .none)]),
    ]

    @Test(arguments: emails)
    func emailsAndTheContractualReplies(_ check: Case) throws {
        let differences = try check.compare()
        #expect(differences == check.differences)
    }

    static func callback(_ method: String = "POST", _ path: String = "/dlr", headers: JSONObject = ["X-Sig": "s1", "User-Agent": "fake/1"],
                         body: RecordedBody = .json(["status": "DELIVERED", "at": "2026-12-02T10:00:00Z"])) -> RecordedRequest {
        RecordedRequest(method: method, path: path, headers: headers, body: body)
    }

    static func callbacks(_ requests: [RecordedRequest]) -> Interaction {
        Interaction(step: "dlr", exchange: .callbacks(requests))
    }

    /// An await step naming `X-Sig` (literally or matched) and matching the body's `at`.
    static func awaitStep(signature: JSONValue = "s1", body: BodyExpectation? = .json(["at": ["$match": "iso8601"]], exact: false)) -> SpecStep {
        var step = SpecStep(name: "dlr", request: nil, expectation: nil)
        step.callbacks = CallbacksExpectation(withinSeconds: 5, expected: [ExpectedCallback(headers: [("X-Sig", signature)], body: body)])
        return step
    }

    static let callbackCases: [Case] = [
        Case(label: "the same callbacks", steps: [awaitStep()], recorded: [callbacks([callback()])], actual: [callbacks([callback()])], differences: []),
        Case(label: "a callback fewer", steps: [awaitStep()], recorded: [callbacks([callback(), callback()])], actual: [callbacks([callback()])],
             differences: [cassette("dlr/callbacks", 2, 1, "expected 2 recorded callbacks")]),
        Case(label: "another method or path", steps: [awaitStep()], recorded: [callbacks([callback()])], actual: [callbacks([callback("GET", "/dlr?id=1")])],
             differences: [cassette("dlr/callbacks[0]/request", "POST /dlr", "GET /dlr?id=1")]),
        Case(label: "a header the spec names changed", steps: [awaitStep()], recorded: [callbacks([callback()])],
             actual: [callbacks([callback(headers: ["X-Sig": "s2", "User-Agent": "fake/1"])])], differences: [cassette("dlr/callbacks[0]/headers/x-sig", "s1", "s2")]),
        Case(label: "a header the spec does not name", steps: [awaitStep()], recorded: [callbacks([callback()])],
             actual: [callbacks([callback(headers: ["X-Sig": "s1", "User-Agent": "fake/2"])])], differences: []),
        Case(label: "a header the spec matches", steps: [awaitStep(signature: ["$match": "string"])], recorded: [callbacks([callback()])],
             actual: [callbacks([callback(headers: ["X-Sig": "s2"])])], differences: []),
        Case(label: "a body value changed", steps: [awaitStep()], recorded: [callbacks([callback()])],
             actual: [callbacks([callback(body: .json(["status": "FAILED", "at": "2026-12-02T10:00:00Z"]))])],
             differences: [cassette("dlr/callbacks[0]/body/$.status", "DELIVERED", "FAILED")]),
        Case(label: "a body value the spec matches", steps: [awaitStep()], recorded: [callbacks([callback()])],
             actual: [callbacks([callback(body: .json(["status": "DELIVERED", "at": "2026-12-03T11:00:00Z"]))])], differences: []),
        Case(label: "a body path the spec lists as volatile", steps: [awaitStep(body: nil)], volatile: ["$.at"], recorded: [callbacks([callback()])],
             actual: [callbacks([callback(body: .json(["status": "DELIVERED", "at": "2026-12-03T11:00:00Z"]))])], differences: []),
        Case(label: "form fields changed", steps: [awaitStep(body: nil)], recorded: [callbacks([callback(body: .form(["s": "1"]))])],
             actual: [callbacks([callback(body: .form(["s": "2"]))])], differences: [cassette("dlr/callbacks[0]/body/$.s", "1", "2")]),
        Case(label: "a text body changed", steps: [awaitStep(body: nil)], recorded: [callbacks([callback(body: .text("a"))])],
             actual: [callbacks([callback(body: .text("b"))])], differences: [cassette("dlr/callbacks[0]/body", ["text": "a"], ["text": "b"])]),
        Case(label: "a callback beyond those the spec expects: everything but named headers compared", steps: [awaitStep()],
             recorded: [callbacks([callback(), callback(headers: ["X-Sig": "a"], body: .json(["at": "1"]))])],
             actual: [callbacks([callback(), callback(headers: ["X-Sig": "b"], body: .json(["at": "2"]))])],
             differences: [cassette("dlr/callbacks[1]/body/$.at", "1", "2")]),
    ]

    @Test(arguments: callbackCases)
    func callbacksByMethodPathNamedHeadersAndBody(_ check: Case) throws {
        let differences = try check.compare()
        #expect(differences == check.differences)
    }
}
