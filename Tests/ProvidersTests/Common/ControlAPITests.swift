import Providers
import StructuredData
import Testing
import Wire

@Suite struct ControlAPITests {
    let environment = FakeEnvironment(clock: FakeClock(frozen: true))
    var api: ControlAPI { ControlAPI(fake: fake, environment: environment) }
    let fake: LOX24Fake

    init() {
        fake = LOX24Fake(environment: environment)
    }

    private func call(_ method: String, _ path: String, _ body: String = "") throws -> (Int, JSONValue) {
        let response = api.handle(HTTPRequest(method: method, target: path, body: Array(body.utf8)))
        return (response.status, try JSONParser.parse(response.body))
    }

    @Test func aFaultWithAnUnknownMemberIsA400NamingItAndNothingIsQueued() throws {
        let (status, body) = try call("POST", "/__fake/faults", #"{"fault": "status", "status": 503, "times": 3}"#)
        #expect(status == 400)
        #expect(body["error"]?.stringValue?.contains(#"unknown member "times""#) == true)
        #expect(try call("GET", "/__fake/faults").1 == [])
        _ = try call("POST", "/__fake/faults", #"{"fault": "reset", "count": 2}"#)
        #expect(try call("GET", "/__fake/faults").1.arrayValue?.count == 1)
        _ = try call("POST", "/__fake/reset")
        #expect(try call("GET", "/__fake/faults").1 == []) // Reset clears waiting faults too.
    }

    @Test func theClockAdvancesAndReportsFakeTime() throws {
        let before = environment.clock.unixSeconds
        let (status, body) = try call("POST", "/__fake/clock", #"{"advance_seconds": 600}"#)
        #expect(status == 200)
        #expect(body["unix"]?.intValue == before + 600)
    }

    @Test(arguments: [
        (#"{"advance_seconds": -1}"#, "advance_seconds"),
        (#"{"seconds": 5}"#, "advance_seconds"),
        ("not json", "not JSON"),
    ])
    func aBadClockRequestIsRefusedWithAReason(body: String, mentions: String) throws {
        let (status, answer) = try call("POST", "/__fake/clock", body)
        #expect(status == 400)
        #expect(answer["error"]?.stringValue?.contains(mentions) == true)
    }

    @Test func accountsCanBeAddedAndResetRestoresTheDefault() throws {
        let (status, account) = try call("POST", "/__fake/accounts", #"{"token": "1:abc", "state": "not_activated"}"#)
        #expect(status == 200)
        #expect(account["state"] == "not_activated")
        #expect(try call("GET", "/__fake/accounts").1.arrayValue?.count == 2)
        #expect(try call("POST", "/__fake/reset").0 == 200)
        #expect(try call("GET", "/__fake/accounts").1.arrayValue?.count == 1)
    }

    @Test func aBadAccountNamesTheField() throws {
        let (status, answer) = try call("POST", "/__fake/accounts", #"{"token": "1:abc", "state": "sleepy"}"#)
        #expect(status == 400)
        #expect(answer["error"]?.stringValue?.contains("\"state\"") == true)
    }

    @Test func unknownEndpointsAndMethodsAreRefused() throws {
        #expect(try call("GET", "/__fake/nothing").0 == 404)
        #expect(try call("DELETE", "/__fake/outbox").0 == 405)
        #expect(try call("POST", "/__fake/requests").0 == 405)
    }

    @Test func theJournalIsShownAndCleared() throws {
        environment.journal.record(.http(HTTPRequest(method: "GET", target: "/sms"), status: 401, fault: nil))
        let (status, entries) = try call("GET", "/__fake/requests")
        #expect(status == 200)
        #expect(entries.arrayValue?.map { $0["status"] } == [401])
        #expect(try call("DELETE", "/__fake/requests").1 == ["cleared": true])
        #expect(try call("GET", "/__fake/requests").1 == [])
    }
}
