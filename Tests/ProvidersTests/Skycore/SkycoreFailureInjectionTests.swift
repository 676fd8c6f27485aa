import Providers
import StructuredData
import Testing
import Wire

@Suite struct SkycoreFailureInjectionTests {
    let client = SkycoreTestClient()

    private func control(_ method: String, _ body: String = "") throws -> (Int, JSONValue) {
        let api = ControlAPI(fake: client.fake, environment: client.environment)
        let response = api.handle(HTTPRequest(method: method, target: "/__fake/skycore/failures", body: Array(body.utf8)))
        return (response.status, try JSONParser.parse(response.body))
    }

    @Test(arguments: [("E113", "Throughput Exceeded."), ("E503", "Internal Error."), ("E628", "Operator Not Supported.")])
    func anInjectedFailureAnswersTheNextSendOnce(code: String, info: String) throws {
        let (status, pending) = try control("POST", #"{"error_code": "\#(code)"}"#)
        #expect(status == 200)
        #expect(pending == ["pending": [.string(code)]])
        let (_, answer) = try client.send(SkycoreTestClient.example1)
        #expect(answer["error-code"]?.stringValue == code)
        #expect(answer["error-info"]?.stringValue == info)
        #expect(answer["to"] == "10000000001")
        #expect(try client.outcome(SkycoreTestClient.example1) == "Success")
        #expect(client.outbox.count == 1)
    }

    @Test func injectedFailuresWaitForASendThatPassesEveryOtherCheck() throws {
        _ = try control("POST", #"{"error_code": "E503", "count": 2}"#)
        #expect(try client.outcome(SkycoreTestClient.example1(["from": "Acme"])) == "E111")
        #expect(try client.outcome(SkycoreTestClient.example1) == "E503")
        #expect(try control("GET").1 == ["pending": ["E503"]])
        #expect(try control("DELETE").1 == ["pending": []])
        #expect(try client.outcome(SkycoreTestClient.example1) == "Success")
    }

    @Test(arguments: [#"{"error_code": "E111"}"#, #"{"error_code": "E503", "count": 0}"#, "{}", "not json"])
    func aBadInjectionIsRefusedWithUsage(body: String) throws {
        let (status, answer) = try control("POST", body)
        #expect(status == 400)
        #expect(answer["error"]?.stringValue?.contains("E113, E503, E628") == true)
    }

    @Test func otherMethodsAndRoutesAreNotServed() throws {
        #expect(try control("PUT").0 == 405)
        let api = ControlAPI(fake: client.fake, environment: client.environment)
        #expect(api.handle(HTTPRequest(method: "GET", target: "/__fake/skycore/other")).status == 404)
    }

    @Test func resetClearsInjectedFailures() throws {
        _ = try control("POST", #"{"error_code": "E503"}"#)
        client.fake.reset()
        #expect(try control("GET").1 == ["pending": []])
    }
}
