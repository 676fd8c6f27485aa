import ContractHarness
import StructuredData
import Testing

@Suite struct HARExportTests {
    @Test func httpInteractionsBecomeHAR12Entries() throws {
        let cassette = Cassette(spec: "lox24/x", provider: "lox24", recordedAt: "2026-11-22T03:00:00Z", target: "fake", interactions: [
            Interaction(step: "send",
                        request: RecordedRequest(method: "POST", path: "/sms?a=1", headers: ["Content-Type": "application/json"], body: .json(["text": "Hi"])),
                        response: RecordedResponse(status: 201, headers: ["Content-Type": "application/ld+json"], body: .json(["uuid": "u"]))),
            Interaction(step: "mail", exchange: .email(message: ["from": "a@b.c"], replies: [])),
            Interaction(step: "receipt", exchange: .callbacks([RecordedRequest(method: "POST", path: "/r", headers: [:], body: .none)])),
            Interaction(step: "retry", exchange: .callbacks([])),
        ])
        let (har, skipped) = HARExport.archive([cassette], creatorVersion: "1.0")
        #expect(skipped == 1) // The email only: webhook interactions are not email exchanges.
        #expect(HARExport.skippedCallbacks([cassette]) == 2)
        #expect(har["log"]?["version"] == "1.2")
        let entry = try #require(har["log"]?["entries"]?.arrayValue?.first)
        #expect(entry["request"]?["url"] == "http://lox24.fake.localhost/sms?a=1")
        #expect(entry["request"]?["queryString"] == [["name": "a", "value": "1"]])
        #expect(entry["request"]?["postData"]?["text"] == #"{"text":"Hi"}"#)
        #expect(entry["response"]?["status"] == 201)
        #expect(entry["response"]?["statusText"] == "Created")
        #expect(entry["response"]?["content"]?["mimeType"] == "application/ld+json")
        for key in ["startedDateTime", "time", "cache", "timings"] { #expect(entry[key] != nil, "\(key)") }
    }

    /// A replayed HAR sends what was sent: rox reads its numbered messages in order.
    @Test func bodiesAreWrittenInWireOrder() throws {
        let cassette = Cassette(spec: "rox/x", provider: "rox", recordedAt: "t", target: "fake", interactions: [
            Interaction(step: "send",
                        request: RecordedRequest(method: "POST", path: "/smsapi/send", headers: [:], body: .json(["Messages": ["Count": 2, "2": [:], "1": [:]]])),
                        response: RecordedResponse(status: 200, headers: [:], body: .xml(["response": ["z": "1", "a": "2"]]))),
        ])
        let entry = try #require(HARExport.archive([cassette], creatorVersion: "1").har["log"]?["entries"]?.arrayValue?.first)
        #expect(entry["request"]?["postData"]?["text"] == #"{"Messages":{"Count":2,"2":{},"1":{}}}"#)
        #expect(entry["response"]?["content"]?["text"] == "<response><z>1</z><a>2</a></response>")
    }
}
