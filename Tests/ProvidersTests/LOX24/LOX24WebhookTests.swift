import Foundation
@testable import Providers
import StructuredData
import SMSContractTesting
import Testing
import Wire

/// `sms.delivery` webhooks and `GET /sms/{uuid}` following the fake clock, with a real loopback receiver.
@Suite final class LOX24WebhookTests {
    let environment = FakeEnvironment(clock: FakeClock(start: Date(timeIntervalSince1970: 1_755_868_416), frozen: true))
    let fake: LOX24Fake
    let inbox: CallbackReceiver

    init() throws {
        fake = LOX24Fake(environment: environment)
        inbox = try CallbackReceiver()
    }

    deinit {
        inbox.shutdown()
    }

    private func configureWebhook(_ url: JSONValue) throws {
        _ = try fake.configureAccount(["token": .string(LOX24Provider.exampleToken), "webhook_url": url])
    }

    private func send(to phone: String, extra: String = "") throws -> String {
        let body = #"{"text": "Hi", "sender_id": "Me", "phone": "\#(phone)"\#(extra)}"#
        let response = fake.handle(HTTPRequest(
            method: "POST", target: "/sms", headers: ["Content-Type": "application/json", "X-LOX24-AUTH-TOKEN": LOX24Provider.exampleToken],
            body: Array(body.utf8), remoteAddress: "127.0.0.1"))
        #expect(response.status == 201)
        return try #require(try JSONParser.parse(response.body)["uuid"]?.stringValue)
    }

    private func resource(_ uuid: String) throws -> JSONValue {
        let response = fake.handle(HTTPRequest(
            method: "GET", target: "/sms/\(uuid)", headers: ["X-LOX24-AUTH-TOKEN": LOX24Provider.exampleToken], remoteAddress: "127.0.0.1"))
        return try JSONParser.parse(response.body)
    }

    private var envelopes: [JSONValue] { inbox.requests.compactMap { try? JSONParser.parse($0.body) } }

    @Test func aDeliveredSMSMovesAndNotifiesOnceWithTheDocumentedEnvelope() throws {
        try configureWebhook(.string(inbox.url("/lox24")))
        let uuid = try send(to: "+491701999001", extra: #", "callback_data": "order-42""#)
        #expect(try resource(uuid)["status_code"] == 0)
        environment.advance(seconds: 2)
        let sent = try resource(uuid)
        #expect(sent["status_code"] == 100 && sent["dlr_code"] == 4 && sent["is_sent"] == true)
        #expect(sent["gateway_sent_at"] == 1_755_868_417)
        #expect(inbox.requests.isEmpty)
        environment.advance(seconds: 3)
        #expect(try resource(uuid)["dlr_code"] == 1)
        let request = try #require(inbox.requests.first)
        #expect(inbox.requests.count == 1)
        #expect(request.method == "POST" && request.target == "/lox24")
        #expect(request.headers["Content-Type"] == "application/json")
        let envelope = try JSONParser.parse(request.body)
        #expect(envelope.objectValue?.keys == ["id", "api_version", "name", "created_at", "attempt_number", "attempt_total", "data", "notification_task_id"])
        #expect(envelope["api_version"] == "2022-05-25" && envelope["name"] == "sms.delivery")
        #expect(envelope["created_at"] == 1_755_868_421)
        #expect(envelope["attempt_number"] == 1 && envelope["attempt_total"] == 4)
        #expect(envelope["data"] == ["id": .string(uuid), "key_id": 8291, "dlr_code": 1, "status_code": 100, "callback_data": "order-42"])
        #expect(envelope["id"]?.stringValue?.count == 36 && envelope["notification_task_id"]?.stringValue?.count == 36)
        environment.advance(seconds: 100_000)
        #expect(inbox.requests.count == 1)
    }

    @Test func aBufferedSMSNotifiesQueuedThenDeliveredEvenWithinOneAdvance() throws {
        try configureWebhook(.string(inbox.url("/lox24")))
        _ = try send(to: "+491701999005")
        environment.advance(seconds: 600)
        #expect(envelopes.map { $0["data"]?["dlr_code"] } == [2, 1])
        #expect(envelopes.map { $0["created_at"] } == [1_755_868_421, 1_755_868_476])
    }

    @Test(arguments: [("+491701999006", 208), ("+491701999007", 5000)])
    func aGatewayRefusalIsNotifiedAndNeverSent(phone: String, status: Int) throws {
        try configureWebhook(.string(inbox.url("/lox24")))
        let uuid = try send(to: phone)
        environment.advance(seconds: 10)
        let refused = try resource(uuid)
        #expect(refused["status_code"]?.intValue == status && refused["dlr_code"] == 0 && refused["is_sent"] == false && refused["gateway_sent_at"] == 0)
        #expect(envelopes.map { $0["data"]?["status_code"]?.intValue } == [status])
    }

    @Test func noReceiptNeverNotifies() throws {
        try configureWebhook(.string(inbox.url("/lox24")))
        let uuid = try send(to: "+491701999000")
        environment.advance(seconds: 1_000_000)
        #expect(try resource(uuid)["dlr_code"] == 4)
        #expect(inbox.requests.isEmpty)
    }

    @Test func aRefusedAttemptIsRetriedWithTheNextAttemptNumberUntilAccepted() throws {
        try configureWebhook(.string(inbox.url("/lox24")))
        inbox.answer(with: 500)
        _ = try send(to: "+491701999002")
        environment.advance(seconds: 5)
        environment.advance(seconds: 60)
        inbox.answer(with: 200)
        environment.advance(seconds: 60)
        environment.advance(seconds: 10_000)
        #expect(envelopes.map { $0["attempt_number"] } == [1, 2, 3])
        #expect(Set(envelopes.compactMap { $0["id"]?.stringValue }).count == 1)
        #expect(Set(envelopes.compactMap { $0["notification_task_id"]?.stringValue }).count == 1)
        #expect(envelopes.allSatisfy { $0["data"]?["dlr_code"] == 16 && $0["created_at"] == 1_755_868_421 })
        let log = try #require(environment.callbacks.attempts.arrayValue)
        #expect(log.map { $0["accepted"] } == [false, false, true])
        #expect(log.map { $0["attempt"] } == [1, 2, 3])
    }

    @Test func afterFourRefusedAttemptsTheEventIsDropped() throws {
        try configureWebhook(.string(inbox.url("/lox24")))
        inbox.answer(with: 503)
        _ = try send(to: "+491701999001")
        environment.advance(seconds: 100_000)
        #expect(envelopes.map { $0["attempt_number"] } == [1, 2, 3, 4])
    }

    @Test func anUnreachableWebhookCountsAsRefused() throws {
        try configureWebhook("http://127.0.0.1:9/closed")
        _ = try send(to: "+491701999001")
        environment.advance(seconds: 100_000)
        let log = try #require(environment.callbacks.attempts.arrayValue)
        #expect(log.count == 4)
        #expect(log.allSatisfy { $0["accepted"] == false && $0["error"] != nil })
    }

    @Test func withoutAWebhookNothingIsScheduledButTheStateStillMoves() throws {
        let uuid = try send(to: "+491701999001")
        #expect(environment.scheduler.pendingCount == 0)
        environment.advance(seconds: 10)
        #expect(try resource(uuid)["dlr_code"] == 1)
    }

    @Test func aWebhookRemovedBeforeTheChangeIsNotCalled() throws {
        try configureWebhook(.string(inbox.url("/lox24")))
        _ = try send(to: "+491701999001")
        try configureWebhook(.null)
        environment.advance(seconds: 10)
        #expect(inbox.requests.isEmpty)
    }

    @Test func aScheduledSMSStaysNewUntilDeliveryAt() throws {
        try configureWebhook(.string(inbox.url("/lox24")))
        let uuid = try send(to: "+491701999001", extra: #", "delivery_at": 1755872016"#)
        environment.advance(seconds: 3_599)
        let waiting = try resource(uuid)
        #expect(waiting["status_code"] == 0 && waiting["is_sent"] == false && waiting["delivery_at"] == 1_755_872_016)
        #expect(inbox.requests.isEmpty)
        #expect(environment.outbox.entries.count == 1)
        environment.advance(seconds: 10)
        #expect(try resource(uuid)["dlr_code"] == 1)
        #expect(envelopes.map { $0["created_at"] } == [1_755_872_021])
    }

    @Test(arguments: [JSONValue.string("ftp://x"), "hook", 5, "http://"])
    func aWebhookURLMustBeHTTP(url: JSONValue) {
        #expect(throws: ControlAPIError.self) { try configureWebhook(url) }
    }

    @Test func theAccountShowsItsWebhook() throws {
        try configureWebhook("https://example.com/hook")
        #expect(fake.accountsJSON.arrayValue?.first?["webhook_url"] == "https://example.com/hook")
    }
}
