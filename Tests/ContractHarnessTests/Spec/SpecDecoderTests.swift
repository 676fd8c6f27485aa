import Foundation
import ContractHarness
import StructuredData
import Testing

@Suite struct SpecDecoderTests {
    static let valid = """
    {
      "id": "lox24/example",
      "provider": "lox24",
      "title": "An example",
      "seed": {"file": "003_d449210a1a403a84.txt", "section": "Examples"},
      "live": "sends",
      "steps": [
        {
          "name": "send",
          "request": {"method": "POST", "path": "/sms", "headers": {"X-LOX24-AUTH-TOKEN": "{{credentials.token}}"}, "json": {"text": "Hi"}},
          "expect": {"status": 201, "json": {"uuid": {"$match": "uuid"}}},
          "capture": {"uuid": "$.uuid", "request_id": "header:X-LOX24-REQUEST-ID"}
        },
        {
          "name": "lookup",
          "request": {"method": "GET", "path": "/sms/{{uuid}}"},
          "expect": {"status": 200, "json": {"uuid": "{{uuid}}"}, "json_match": "exact"}
        }
      ]
    }
    """

    private func problems(_ text: String) -> [SpecProblem] {
        do {
            _ = try SpecDecoder.decode(Array(text.utf8), file: "t.json")
            return []
        } catch {
            return error.problems
        }
    }

    @Test func aValidSpecDecodes() throws {
        let spec = try SpecDecoder.decode(Array(Self.valid.utf8), file: "t.json")
        #expect(spec.id == "lox24/example")
        #expect(spec.live == .sends)
        #expect(spec.steps.map(\.name) == ["send", "lookup"])
        #expect(spec.steps[0].captures == [Capture(name: "uuid", source: .body(try JSONPath(parsing: "$.uuid"))),
                                           Capture(name: "request_id", source: .header("X-LOX24-REQUEST-ID"))])
        guard case .json(_, let exact)? = spec.steps[1].expectation?.body else {
            Issue.record("expected a JSON body expectation")
            return
        }
        #expect(exact)
        #expect(!spec.needsFake)
    }

    /// Each broken spec yields a problem on the named field at the named line.
    @Test(arguments: [
        (#""live": "sends""#, #""live": "sometimes""#, "$.live", 6, "not one of safe, sends, never"),
        (#""provider": "lox24""#, #""provider": "lox25""#, "$.provider", 3, "unknown provider"),
        (#""file": "003_d449210a1a403a84.txt""#, #""file": "000_f1f765534d2c313c.txt""#, "$.seed.file", 5, "lox24 specs encode 003_d449210a1a403a84.txt"),
        (#""expect": {"status": 201"#, #""expcet": {"status": 201"#, "$.steps[0].expcet", 11, "did you mean \"expect\""),
        (#""status": 200"#, #""status": "200""#, "$.steps[1].expect.status", 17, "expected an integer from 100 to 599"),
        (#""path": "/sms/{{uuid}}""#, #""path": "/sms/{{uid}}""#, "$.steps[1].request.path", 16, "unknown placeholder {{uid}}"),
        (#"{"$match": "uuid"}"#, #"{"$match": "guid"}"#, #"$.steps[0].expect.json.uuid["$match"]"#, 11, "unknown matcher \"guid\"; did you mean \"uuid\"?"),
        (#"{"$match": "uuid"}"#, #"{"$mtach": "uuid"}"#, #"$.steps[0].expect.json.uuid["$mtach"]"#, 11, "\"$mtach\" is not a known key; did you mean \"$match\"?"),
        (#"{"text": "Hi"}"#, #"{"text": {"$repet": "a", "times": 3}}"#, #"$.steps[0].request.json.text["$repet"]"#, 10, "did you mean \"$repeat\"?"),
        (#"{"$match": "uuid"}"#, #"{"$match": "regex", "patern": "^x"}"#, "$.steps[0].expect.json.uuid.patern", 11, "did you mean \"pattern\"?"),
        (#""method": "POST""#, #""method": "PO ST""#, "$.steps[0].request.method", 10, "not an HTTP method token"),
        (#""json_match": "exact""#, #""json_match": "strict""#, "$.steps[1].expect.json_match", 17, "subset"),
    ])
    func eachProblemNamesFieldAndLine(original: String, replacement: String, field: String, line: Int, message: String) throws {
        let broken = Self.valid.replacingFirst(original, with: replacement)
        #expect(broken != Self.valid)
        let found = problems(broken)
        let problem = try #require(found.first { $0.field.description == field }, "problems: \(found)")
        #expect(problem.location?.line == line)
        #expect(problem.message.contains(message), "message: \(problem.message)")
        #expect(problem.description.hasPrefix("t.json:\(line):"))
    }

    @Test func everyProblemIsReportedInOnePass() {
        let found = problems(#"{"id": 1, "provider": "nobody", "steps": [], "extra": true}"#)
        let fields = Set(found.map(\.field.description))
        #expect(fields.isSuperset(of: ["$.id", "$.provider", "$.title", "$.seed", "$.live", "$.steps", "$.extra"]))
    }

    @Test func fakeActionsNeedLiveNever() throws {
        let spec = Self.valid.replacingFirst(#""name": "lookup","#, with: #""name": "lookup", "fake": {"advance_seconds": 60},"#)
        let problem = try #require(problems(spec).first)
        #expect(problem.field.description == "$.steps[1].fake")
        #expect(problem.message.contains("\"live\": \"never\""))
        let allowed = spec.replacingFirst(#""live": "sends""#, with: #""live": "never""#)
        #expect(problems(allowed).isEmpty)
    }

    @Test func malformedJSONPointsAtTheSyntaxError() throws {
        let found = problems("{\n  \"id\": \"x\",\n  \"title\" \"y\"\n}")
        let problem = try #require(found.first)
        #expect(problem.location?.line == 3)
        #expect(problem.message.hasPrefix("not valid JSON"))
    }

    @Test func duplicateStepNamesAndBareExpectationsAreProblems() {
        let duplicate = Self.valid.replacingFirst(#""name": "lookup""#, with: #""name": "send""#)
        #expect(problems(duplicate).contains { $0.message.contains("used twice") })
        let noRequest = #"{"id":"a","provider":"lox24","title":"t","seed":{"file":"003_d449210a1a403a84.txt","section":"s"},"live":"safe","steps":[{"name":"x","expect":{"status":200}}]}"#
        #expect(problems(noRequest).contains { $0.message.contains("needs a request") })
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

@Suite struct SpecDecoderXMLAndControlTests {
    static func spec(expect: String, fake: String = "") -> String {
        """
        {"id": "lox24/x", "provider": "lox24", "title": "t", "seed": {"file": "003_d449210a1a403a84.txt", "section": "s"}, "live": "never",
         "steps": [{"name": "s", \(fake) "request": {"method": "GET", "path": "/x"}, "expect": \(expect)}]}
        """
    }

    @Test func xmlTextIsReadIntoItsJSONMapping() throws {
        let spec = try SpecDecoder.decode(Array(Self.spec(expect: #"{"status": 400, "xml": "<errors><error status=\"400\">Origin Empty</error></errors>"}"#).utf8), file: "x.json")
        guard case .xml(let mapping, let exact)? = spec.steps[0].expectation?.body else {
            Issue.record("expected an XML expectation")
            return
        }
        #expect(mapping == ["errors": ["error": ["@status": "400", "#text": "Origin Empty"]]])
        #expect(!exact)
    }

    @Test func malformedXMLAndTwoBodiesAreProblems() {
        #expect(throws: SpecLoadError.self) { try SpecDecoder.decode(Array(Self.spec(expect: #"{"xml": "<a><b></a>"}"#).utf8), file: "x.json") }
        #expect(throws: SpecLoadError.self) { try SpecDecoder.decode(Array(Self.spec(expect: #"{"xml": {}, "json": {}}"#).utf8), file: "x.json") }
    }

    @Test func controlCallsBecomeFakeActions() throws {
        let text = Self.spec(expect: #"{"status": 200}"#, fake: #""fake": {"control": [{"method": "POST", "path": "/__fake/iovox/failures", "json": {"count": 1}}]},"#)
        let spec = try SpecDecoder.decode(Array(text.utf8), file: "x.json")
        #expect(spec.steps[0].fakeActions == [.control(method: "POST", path: "/__fake/iovox/failures", body: ["count": 1])])
        let outside = text.replacingFirst("/__fake/iovox/failures", with: "/sms")
        #expect(throws: SpecLoadError.self) { try SpecDecoder.decode(Array(outside.utf8), file: "x.json") }
    }
}

@Suite struct SpecDecoderCallbackTests {
    static func spec(_ step: String) -> [UInt8] {
        Array("""
        {"id": "iovox/x", "provider": "iovox", "title": "t", "seed": {"file": "004_97ae9617cd4c86b2.txt", "section": "s"}, "live": "never",
         "steps": [\(step)]}
        """.utf8)
    }

    @Test func awaitStepsAndReceiverSettingsDecode() throws {
        let spec = try SpecDecoder.decode(Self.spec("""
            {"name": "dlr", "receiver": {"status": 500}, "fake": {"advance_seconds": 60},
             "callbacks": {"within_seconds": 2, "expect": [{"method": "POST", "path": "/dlr", "headers": {"X-A": "b"}, "json": {"status": "DELIVERED"}}]}}
            """), file: "x.json")
        #expect(spec.usesCallbacks)
        let step = try #require(spec.steps.first)
        #expect(step.receiverStatus == 500)
        #expect(step.callbacks?.withinSeconds == 2)
        #expect(step.callbacks?.expected.first?.path == "/dlr")
    }

    @Test func theCallbackURLPlaceholderIsKnownAndMarksTheSpec() throws {
        let spec = try SpecDecoder.decode(Self.spec("""
            {"name": "send", "request": {"method": "POST", "path": "/SMS", "text": "<callback_url>{{callbacks.url}}/dlr</callback_url>"}, "expect": {"status": 201}}
            """), file: "x.json")
        #expect(spec.usesCallbacks)
    }

    @Test(arguments: [
        #"{"name": "a", "callbacks": {"expect": [{"bdy": {}}]}}"#,
        #"{"name": "a", "callbacks": {"within_seconds": -1, "expect": []}}"#,
        #"{"name": "a", "receiver": {"status": 99}}"#,
        #"{"name": "a", "request": {"method": "GET", "path": "/x"}, "expect": {"transport_error": true, "status": 200}}"#,
        #"{"name": "a", "request": {"method": "GET", "path": "/x"}, "expect": {"transport_error": "yes"}}"#,
    ])
    func malformedAwaitStepsAreProblems(step: String) {
        #expect(throws: SpecLoadError.self) { try SpecDecoder.decode(Self.spec(step), file: "x.json") }
    }

    @Test func aTransportErrorExpectationDecodes() throws {
        let spec = try SpecDecoder.decode(Self.spec(#"{"name": "a", "request": {"method": "GET", "path": "/x"}, "expect": {"transport_error": true}}"#), file: "x.json")
        #expect(spec.steps.first?.expectation?.transportError == true)
    }
}

@Suite struct SpecTagsTests {
    @Test func tagsAreReadAndMustBeStrings() throws {
        let tagged = SpecDecoderTests.valid.replacingOccurrences(of: "\"live\": \"sends\",", with: "\"live\": \"sends\", \"tags\": [\"smoke\", \"lookup\"],")
        #expect(try SpecDecoder.decode(Array(tagged.utf8), file: "t.json").tags == ["smoke", "lookup"])
        #expect(try SpecDecoder.decode(Array(SpecDecoderTests.valid.utf8), file: "t.json").tags == [])
        let broken = SpecDecoderTests.valid.replacingOccurrences(of: "\"live\": \"sends\",", with: "\"live\": \"sends\", \"tags\": [1],")
        do {
            _ = try SpecDecoder.decode(Array(broken.utf8), file: "t.json")
            Issue.record("a numeric tag decoded")
        } catch {
            #expect(error.problems.map(\.field.description) == ["$.tags[0]"])
        }
    }
}
