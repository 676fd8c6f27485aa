import Foundation
import Providers
import StructuredData
import SMSContractTesting
import Testing
import Wire

/// The fake end to end in-process: a frozen clock, a loopback receiver, and `environment.advance(seconds:)`, which settles.
@Suite struct IovoxReceiptsTests {
    /// 2020-05-06 17:37:36 UTC, one second before the seed's first example receipt (18:37:37 in London).
    static let acceptedAt = Date(timeIntervalSince1970: 1_588_786_656)
    let environment = FakeEnvironment(clock: FakeClock(start: acceptedAt, frozen: true))
    let fake: IovoxFake

    init() {
        fake = IovoxFake(environment: environment)
    }

    /// Sends an SMS to `destination` with extra XML nodes; returns its sms_activity_id.
    private func send(to destination: String, _ nodes: String) throws -> String {
        let body = "<request><origin>447923221231</origin><destination>\(destination)</destination><message>Hello</message>\(nodes)</request>"
        let headers: HTTPHeaders = ["username": IovoxProvider.defaultUsername, "secureKey": IovoxProvider.defaultSecureKey]
        let response = fake.handle(HTTPRequest(method: "POST", target: "/SMS?v=3&method=sendSms", headers: headers, body: Array(body.utf8)))
        #expect(response.status == 201)
        let mapping = XMLJSONMapping.json(from: try XMLReader.parse(response.body))
        return try #require(mapping["response"]?["sms_activity_id"]?.stringValue)
    }

    private func messages() throws -> JSONValue {
        let response = try #require(fake.handleControl(HTTPRequest(method: "GET", target: "/__fake/iovox/messages"), route: "iovox/messages"))
        #expect(response.status == 200)
        return try JSONParser.parse(response.body)
    }

    /// The first message `GET /__fake/iovox/messages` lists.
    private func first() throws -> JSONValue? {
        try messages().arrayValue?.first
    }

    @Test func receiptsArePostedAsTheyFallDueWithTheRequestedHeaders() throws {
        let receiver = try CallbackReceiver()
        defer { receiver.shutdown() }
        let id = try send(to: "447723999001", """
            <callback_url>\(receiver.baseURL)/dlr</callback_url>
            <callback_url_headers>Content-Type: application/json,X-Custom-Header: iovox</callback_url_headers>
            """)
        environment.settle()
        #expect(receiver.requests.isEmpty, "nothing before the SMS center accepts it")
        environment.advance(seconds: 1)
        let acknowledged = try #require(receiver.requests.first)
        #expect(acknowledged.method == "POST")
        #expect(acknowledged.headers["Content-Type"] == "application/json")
        #expect(acknowledged.headers["X-Custom-Header"] == "iovox")
        #expect(acknowledged.bodyText == #"{"sms_activity_id":"\#(id)","delivery_status":"smsc submit","status_reason":"8","receipt_timestamp":"2020-05-06 18:37:37","status":"ACKNOWLEDGED"}"#)
        environment.advance(seconds: 3.9)
        #expect(receiver.requests.count == 1)
        environment.advance(seconds: 0.1)
        #expect(receiver.bodies.last == [
            "sms_activity_id": .string(id), "delivery_status": "delivery success", "status_reason": "1",
            "receipt_timestamp": "2020-05-06 18:37:41", "status": "DELIVERED",
        ])
        environment.advance(seconds: 86_400)
        #expect(receiver.requests.count == 2)
    }

    @Test(arguments: DeliveryOutcome.allCases)
    func everyMagicNumberReachesItsOutcome(outcome: DeliveryOutcome) throws {
        let expected: [DeliveryOutcome: [String]] = [
            .delivered: ["ACKNOWLEDGED", "DELIVERED"], .failed: ["ACKNOWLEDGED", "FAILED"], .expired: ["ACKNOWLEDGED", "EXPIRED"],
            .rejected: ["ACKNOWLEDGED", "FAILED"], .buffered: ["ACKNOWLEDGED", "BUFFERED", "DELIVERED"], .blockedCountry: ["FAILED"],
            .noOperator: ["FAILED"], .blacklisted: ["ACKNOWLEDGED", "FAILED"], .slow: ["ACKNOWLEDGED", "DELIVERED"], .noReceipt: ["ACKNOWLEDGED"],
        ]
        let receiver = try CallbackReceiver()
        defer { receiver.shutdown() }
        _ = try send(to: "447723" + outcome.magicSuffix, "<callback_url>\(receiver.baseURL)</callback_url>")
        for _ in 0..<8 { environment.advance(seconds: 600) }
        #expect(receiver.bodies.map { $0["status"]?.stringValue ?? "?" } == expected[outcome])
        #expect(try first()?["outcome"] == .string(outcome.rawValue))
    }

    @Test func withoutACallbackURLNothingIsPostedButTheStateStillMoves() throws {
        let id = try send(to: "447723999005", "")
        #expect(try first()?["status"] == .null)
        environment.advance(seconds: 1)
        #expect(try first()?["status"] == "ACKNOWLEDGED")
        environment.advance(seconds: 30)
        #expect(try first()?["status"] == "BUFFERED")
        environment.advance(seconds: 30)
        let message = try #require(try first())
        #expect(message["sms_activity_id"] == .string(id))
        #expect(message["status"] == "DELIVERED")
        #expect(message["receipts"]?.arrayValue?.count == 3)
        #expect(environment.callbacks.attempts == [])
    }

    @Test func framingHeadersInCallbackURLHeadersAreNotCopied() throws {
        let receiver = try CallbackReceiver()
        defer { receiver.shutdown() }
        _ = try send(to: "447723999000", """
            <callback_url>\(receiver.baseURL)</callback_url><callback_url_headers>Host: example.com,Content-Length: 3,X-A: 1</callback_url_headers>
            """)
        environment.advance(seconds: 1)
        let request = try #require(receiver.requests.first)
        #expect(request.headers["X-A"] == "1")
        #expect(request.headers["Host"] != "example.com")
        #expect(receiver.bodies.first?["status"] == "ACKNOWLEDGED", "the body arrives whole")
    }

    @Test func theSeedsExpiryExampleExpiresASlowSMSAndNotesTheFailoverCall() throws {
        let receiver = try CallbackReceiver()
        defer { receiver.shutdown() }
        _ = try send(to: "447723999009", "<callback_url>\(receiver.baseURL)</callback_url><expiry>3</expiry><c2c_failover_link_id>123456</c2c_failover_link_id>")
        environment.advance(seconds: 179)
        #expect(try first()?["c2c_failover"] == .null)
        environment.advance(seconds: 1)
        #expect(receiver.bodies.map { $0["status"] } == ["ACKNOWLEDGED", "EXPIRED"])
        #expect(receiver.bodies.last?["receipt_timestamp"] == "2020-05-06 18:40:36")
        #expect(try first()?["c2c_failover"] == ["link_id": "123456", "after": "EXPIRED", "at": "2020-05-06 18:40:36"])
        environment.advance(seconds: 3_600)
        #expect(receiver.requests.count == 2, "no DELIVERED after EXPIRED")
    }

    @Test func aDeliveredSMSNeverCallsTheFailover() throws {
        _ = try send(to: "447723999001", "<c2c_failover_link_id>123456</c2c_failover_link_id>")
        environment.advance(seconds: 3_600)
        let message = try #require(try first())
        #expect(message["status"] == "DELIVERED")
        #expect(message["c2c_failover_link_id"] == "123456")
        #expect(message["c2c_failover"] == .null)
    }

    @Test func resetForgetsTheMessagesAndOnlyGETIsAllowed() throws {
        _ = try send(to: "447723999001", "<callback_url>http://127.0.0.1:1/</callback_url>")
        #expect(environment.scheduler.pendingCount == 2)
        fake.reset()
        #expect(try messages() == [])
        #expect(fake.handleControl(HTTPRequest(method: "POST", target: "/__fake/iovox/messages"), route: "iovox/messages")?.status == 405)
    }
}
