import Foundation
@testable import Providers
import StructuredData
import Testing

@Suite struct DeliveryTimelineTests {
    private static let start = Date(timeIntervalSince1970: 1_800_000_000)

    private func entry(to: String, details: JSONObject = [:]) -> OutboxEntry {
        let outbox = Outbox(clock: FakeClock(start: Self.start, frozen: true))
        outbox.record(OutboxEntry(provider: "lox24", to: to, from: "Me", text: "Hi", details: details))
        return outbox.entries[0]
    }

    @Test(arguments: [
        ("+491701999001", ["accepted", "submitted", "delivered"], [0, 1, 5]),
        ("+491701234567", ["accepted", "submitted", "delivered"], [0, 1, 5]),
        ("+491701999005", ["accepted", "submitted", "buffered", "delivered"], [0, 1, 5, 60]),
        ("+491701999002", ["accepted", "submitted", "failed"], [0, 1, 5]),
        ("+491701999003", ["accepted", "submitted", "expired"], [0, 1, 300]),
        ("+491701999006", ["accepted", "refused"], [0, 1]),
        ("+491701999009", ["accepted", "submitted", "delivered"], [0, 1, 3_600]),
        ("+491701999000", ["accepted", "submitted", "unreported"], [0, 1, 1]),
    ])
    func eachMagicNumberHasItsLifecycle(to: String, states: [String], offsets: [Double]) {
        let timeline = DeliveryTimeline(entry: entry(to: to), callbacks: [])
        #expect(timeline.steps.map(\.state) == states)
        #expect(timeline.steps.map { $0.at.timeIntervalSince(Self.start) } == offsets)
    }

    @Test func aScheduledSendStartsLater() {
        let later = Int(Self.start.timeIntervalSince1970) + 600
        let timeline = DeliveryTimeline(entry: entry(to: "+491701999001", details: ["delivery_at": .integer(later)]), callbacks: [])
        #expect(timeline.steps.map(\.state) == ["accepted", "scheduled", "submitted", "delivered"])
        #expect(timeline.steps.last?.at.timeIntervalSince(Self.start) == 605)
    }

    @Test func noTimeWithoutAcceptedAt() {
        let timeline = DeliveryTimeline(entry: OutboxEntry(provider: "x", to: "+491701999001", from: "Me", text: "Hi"), callbacks: [])
        #expect(timeline.steps.isEmpty)
    }

    @Test func callbacksNamingTheMessageJoinItsTimelineInTimeOrder() {
        let mine = Callback.json("http://127.0.0.1:9/hook", ["uuid": "abc-123", "status": 1])
        let other = Callback.json("http://127.0.0.1:9/hook", ["uuid": "abc-1234"])
        let records = [
            CallbackRecord(mine, attempt: 1, accepted: false, status: 500, error: nil, at: Self.start.addingTimeInterval(5)),
            CallbackRecord(other, attempt: 1, accepted: true, status: 200, error: nil, at: Self.start.addingTimeInterval(5)),
            CallbackRecord(mine, attempt: 2, accepted: true, status: 200, error: nil, at: Self.start.addingTimeInterval(65)),
        ]
        let timeline = DeliveryTimeline(entry: entry(to: "+491701999001", details: ["uuid": "abc-123"]), callbacks: records)
        #expect(timeline.steps.map(\.state) == ["accepted", "submitted", "delivered", "callback", "callback"])
        #expect(timeline.steps.compactMap(\.callback?.attempt) == [1, 2])
        #expect(timeline.steps[3].label.contains("attempt 1, answered 500, not accepted"))
    }

    @Test(arguments: [
        (#"{"SMSId":123,"x":1}"#, ["123"], true),
        (#"{"SMSId":1234}"#, ["123"], false),
        (#"{"SMSId":9123}"#, ["123"], false),
        ("uuid=abc-123&x", ["abc-123"], true),
        ("", ["abc"], false),
        ("abc", [], false),
    ])
    func identifiersMatchAsWholeTokens(body: String, identifiers: [String], matches: Bool) {
        #expect(DeliveryTimeline.names(body, anyOf: identifiers) == matches)
    }
}
