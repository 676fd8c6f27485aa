import Foundation
@testable import Providers
import StructuredData
import SMSContractTesting
import Testing
import Wire

@Suite struct SkycorePostbackTests {
    @Test func everyOutcomeHasItsPostbacks() {
        let expected: [DeliveryOutcome: [String]] = [
            .delivered: ["1 N201 Sent", "5 N202 Delivered"],
            .failed: ["1 N201 Sent", "5 E202 Rejected"],
            .expired: ["1 N201 Sent", "300 E202 Rejected"],
            .rejected: ["1 N201 Sent", "5 E202 Rejected"],
            .buffered: ["1 N201 Sent", "60 N202 Delivered"],
            .blockedCountry: ["1 E201 Failed"],
            .noOperator: ["1 E201 Failed"],
            .blacklisted: ["1 N201 Sent", "5 E202 Rejected"],
            .slow: ["1 N201 Sent", "3600 N202 Delivered"],
            .noReceipt: ["1 N201 Sent"],
        ]
        for outcome in DeliveryOutcome.allCases {
            let postbacks = SkycorePostbackTimeline.postbacks(for: outcome).map { "\(Int($0.offset)) \($0.code.code) \($0.code.status)" }
            #expect(postbacks == expected[outcome], "\(outcome)")
        }
    }

    @Test func timestampsAreWrittenLikeTheExamples() {
        #expect(SkycorePostback.timestamp(Date(timeIntervalSince1970: 1_611_684_007.5), fraction: true) == "2021-01-26T18:00:07.500000+00:00")
        #expect(SkycorePostback.timestamp(Date(timeIntervalSince1970: 1_611_684_007), fraction: true) == "2021-01-26T18:00:07.000000+00:00")
        #expect(SkycorePostback.timestamp(Date(timeIntervalSince1970: 1_612_222_554.9), fraction: false) == "2021-02-01T23:35:54+00:00")
    }

    @Test func onlyExactly200IsAccepted() {
        let callback = SkycorePostback.callback("http://127.0.0.1:1/", [:])
        #expect(callback.accepts(HTTPResponse(status: 200)))
        for status in [201, 202, 204, 301, 404, 500] { #expect(!callback.accepts(HTTPResponse(status: status)), "\(status)") }
        #expect(callback.retry == RetryPolicy(retries: 5, interval: 300))
    }

    @Test func postbackURLIsAnAccountField() throws {
        let client = SkycoreTestClient()
        let shown = try client.configure(["postback_url": "https://example.com/postbacks?x=1"])
        #expect(shown["postback_url"] == "https://example.com/postbacks?x=1")
        #expect(try client.configure(["postback_url": .null])["postback_url"] == .null)
        for invalid: JSONValue in ["ftp://example.com/", "/relative", "http://", "http://exa mple.com/", 5] {
            #expect(throws: ControlAPIError.self) { try client.configure(["postback_url": invalid]) }
        }
        #expect(SkycoreAccount.default.json["postback_url"] == .null)
    }
}

/// The fake end to end in-process: a frozen clock, a loopback receiver, and `environment.advance(seconds:)`, which settles.
@Suite struct SkycorePostbackDeliveryTests {
    let client = SkycoreTestClient()
    let receiver: CallbackReceiver

    init() throws {
        receiver = try CallbackReceiver()
        try client.configure(["postback_url": .string(receiver.baseURL)])
    }

    /// Sends Example 1 to `to` with `changes`; returns the tracking id.
    private func send(to: String, _ changes: JSONObject = [:]) throws -> String {
        var body = SkycoreTestClient.example1(changes)
        body["to"] = .string(to)
        let (_, answer) = try client.send(body)
        return try #require(answer["tracking-id"]?.stringValue)
    }

    private var codes: [String] { receiver.bodies.map { $0["code"]?.stringValue ?? "?" } }

    @Test func aDeliveredSMSGetsN201ThenN202WithTheDocumentedFields() throws {
        defer { receiver.shutdown() }
        let start = client.environment.clock.now
        let trackingID = try send(to: "+14155999001")
        client.environment.settle()
        #expect(receiver.requests.isEmpty)
        client.environment.advance(seconds: 1)
        let sent = try #require(receiver.requests.first)
        #expect(sent.method == "POST" && sent.target == "/")
        #expect(sent.headers["Content-Type"] == "application/json")
        let timestamp = SkycorePostback.timestamp(start.addingTimeInterval(1), fraction: true)
        #expect(sent.bodyText == #"{"origin":"SMS_MT","code":"N201","sent-as":"SMS","status":"Sent","from":"00000","to":"14155999001","tracking-id":"\#(trackingID)","operator-id":"0009999","operator-name":"SMSContract Fake Carrier","timestamp":"\#(timestamp)"}"#)
        client.environment.advance(seconds: 4)
        #expect(receiver.bodies.last?["code"] == "N202")
        #expect(receiver.bodies.last?["status"] == "Delivered")
        #expect(receiver.bodies.last?["timestamp"] == .string(SkycorePostback.timestamp(start.addingTimeInterval(5), fraction: true)))
        client.environment.advance(seconds: 86_400)
        #expect(codes == ["N201", "N202"])
    }

    @Test(arguments: DeliveryOutcome.allCases)
    func everyMagicNumberReachesItsCodes(outcome: DeliveryOutcome) throws {
        defer { receiver.shutdown() }
        let expected: [DeliveryOutcome: [String]] = [
            .delivered: ["N201", "N202"], .failed: ["N201", "E202"], .expired: ["N201", "E202"], .rejected: ["N201", "E202"],
            .buffered: ["N201", "N202"], .blockedCountry: ["E201"], .noOperator: ["E201"], .blacklisted: ["N201", "E202"],
            .slow: ["N201", "N202"], .noReceipt: ["N201"],
        ]
        _ = try send(to: "+14155" + outcome.magicSuffix)
        for _ in 0..<8 { client.environment.advance(seconds: 600) }
        #expect(codes == expected[outcome])
        let operatorName = receiver.bodies.last?["operator-name"]
        #expect(operatorName == (outcome == .noOperator ? "" : "SMSContract Fake Carrier"))
    }

    @Test func campaignRefAndFromMaskArePostedOnlyWhenGiven() throws {
        defer { receiver.shutdown() }
        _ = try send(to: "+447700999000", ["from-mask": "Dunder Mifflin", "campaign-ref": "campaign2345"])
        _ = try send(to: "+447700999000")
        _ = try send(to: "+14155999000", ["from-mask": "Dunder Mifflin"]) // A US number gets no mask.
        client.environment.advance(seconds: 1)
        #expect(receiver.bodies.count == 3)
        #expect(receiver.bodies.first?["campaign-ref"] == "campaign2345")
        #expect(receiver.bodies.first?["from-mask"] == "Dunder Miff")
        #expect(receiver.bodies[1]["campaign-ref"] == nil && receiver.bodies[1]["from-mask"] == nil)
        #expect(receiver.bodies.last?["from-mask"] == nil)
    }

    @Test func aRefusedPostbackIsRetriedEveryFiveMinutesAtMostFiveTimes() throws {
        defer { receiver.shutdown() }
        receiver.answer(with: 500)
        _ = try send(to: "+14155999000")
        client.environment.advance(seconds: 1)
        #expect(receiver.requests.count == 1)
        for retry in 1...5 {
            client.environment.advance(seconds: 299)
            #expect(receiver.requests.count == retry, "not before 5 minutes")
            client.environment.advance(seconds: 1)
            #expect(receiver.requests.count == retry + 1)
        }
        client.environment.advance(seconds: 300)
        client.environment.advance(seconds: 86_400)
        #expect(receiver.requests.count == 6)
        #expect(Set(receiver.requests.map(\.bodyText)).count == 1, "every attempt posts the same body")
        let log = client.environment.callbacks.attempts.arrayValue ?? []
        #expect(log.map { $0["attempt"] } == [1, 2, 3, 4, 5, 6])
        #expect(log.allSatisfy { $0["accepted"] == false && $0["status"] == 500 })
    }

    @Test func anAnswerOtherThan200CountsAsRefused() throws {
        defer { receiver.shutdown() }
        receiver.answer(with: 204)
        _ = try send(to: "+14155999000")
        client.environment.advance(seconds: 1)
        client.environment.advance(seconds: 300)
        #expect(receiver.requests.count == 2)
        receiver.answer(with: 200)
        client.environment.advance(seconds: 300)
        client.environment.advance(seconds: 300)
        #expect(receiver.requests.count == 3)
        #expect(client.environment.callbacks.attempts.arrayValue?.map { $0["accepted"] } == [false, false, true])
    }

    @Test func withoutAPostbackURLNothingIsPosted() throws {
        defer { receiver.shutdown() }
        try client.configure(["postback_url": .null])
        _ = try send(to: "+14155999001")
        #expect(client.environment.scheduler.pendingCount == 0)
        client.environment.advance(seconds: 3_600)
        #expect(receiver.requests.isEmpty)
    }

    @Test func theURLIsTheOneSetWhenTheSMSWasAccepted() throws {
        defer { receiver.shutdown() }
        _ = try send(to: "+14155999001")
        try client.configure(["postback_url": "http://127.0.0.1:1/elsewhere"])
        client.environment.advance(seconds: 5)
        #expect(codes == ["N201", "N202"])
    }

    private func mo(_ body: JSONValue, method: String = "POST") -> HTTPResponse? {
        client.fake.handleControl(HTTPRequest(method: method, target: "/__fake/skycore/mo", body: JSONWriter.bytes(body)), route: "skycore/mo")
    }

    @Test func aSimulatedReplyIsPostedAsAnMOPostback() throws {
        defer { receiver.shutdown() }
        let response = try #require(mo(["from": "+14155550123", "to": "00000", "message-text": "STOP"]))
        #expect(response.status == 200)
        client.environment.settle()
        let body = try #require(receiver.bodies.first)
        #expect(body == (try JSONParser.parse(response.body)))
        #expect(body["origin"] == "SMS_MO" && body["code"] == "N211" && body["from"] == "14155550123" && body["to"] == "00000")
        #expect(body["message-text"] == "STOP")
        let trackingID = try #require(body["tracking-id"]?.stringValue)
        #expect(trackingID.hasPrefix("smsmo") && trackingID.count == 15)
        #expect(body["timestamp"] == .string(SkycorePostback.timestamp(client.environment.clock.now, fraction: false)))
    }

    @Test func aReplyNeedsAValidBodyAndAPostbackURL() throws {
        defer { receiver.shutdown() }
        #expect(mo(["from": "not a number", "to": "00000", "message-text": "STOP"])?.status == 400)
        #expect(mo(["from": "+14155550123", "message-text": "STOP"])?.status == 400)
        #expect(mo(["from": "+14155550123", "to": "00000", "message-text": "STOP", "api_key": "unknown"])?.status == 404)
        #expect(mo([:], method: "GET")?.status == 405)
        try client.configure(["postback_url": .null])
        #expect(mo(["from": "+14155550123", "to": "00000", "message-text": "STOP"])?.status == 409)
        client.environment.settle()
        #expect(receiver.requests.isEmpty)
    }
}
