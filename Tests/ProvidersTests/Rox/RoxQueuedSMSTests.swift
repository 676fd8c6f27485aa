import Foundation
@testable import Providers
import StructuredData
import Testing

/// The state function of a queued SMS: each outcome's status at chosen seconds after queuing, who
/// gets a receipt, and when a reply is possible.
@Suite struct RoxQueuedSMSTests {
    /// A queued SMS to `destTn` from a request whose `Messages` attributes are changed by `options`.
    static func queued(_ destTn: String, options: [(String, JSONValue)] = []) throws -> RoxQueuedSMS {
        let client = RoxClient()
        var body = RoxFixtures.single(["DestTn": .string(destTn), "SMSText": "Hi"]).removing(["Messages", "SendLater"])
        for (name, value) in options { body = body.setting(["Messages", name], to: value) }
        let answer = try client.post(body)
        let smsID = try #require(answer["Messages"]?["1"]?["SMSId"]?.intValue)
        return try #require(client.fake.messages.message(smsID))
    }

    /// (destination, seconds after queuing, status)
    static let checkpoints: [(String, TimeInterval, RoxDeliveryStatus)] = [
        ("+61411999001", 0, .queued), ("+61411999001", 1, .sent), ("+61411999001", 4.9, .sent), ("+61411999001", 5, .delivered),
        ("+61411222333", 5, .delivered),
        ("+61411999002", 5, .failed), ("+61411999003", 299, .sent), ("+61411999003", 300, .expired), ("+61411999004", 5, .rejected),
        ("+61411999005", 4, .sent), ("+61411999005", 5, .buffered), ("+61411999005", 60, .delivered),
        ("+61411999006", 0.5, .queued), ("+61411999006", 1, .failed), ("+61411999007", 1, .failed), ("+61411999008", 5, .rejected),
        ("+61411999009", 3_599, .sent), ("+61411999009", 3_600, .delivered), ("+61411999000", 1_000_000, .sent),
    ]

    @Test(arguments: checkpoints)
    func eachOutcomeMovesThroughItsStatuses(destTn: String, seconds: TimeInterval, status: RoxDeliveryStatus) throws {
        let sms = try Self.queued(destTn)
        #expect(sms.status(at: sms.acceptedAt.addingTimeInterval(seconds)) == status)
    }

    @Test func nothingMovesBeforeSendLater() throws {
        let sms = try Self.queued("+61411999001", options: [("SendLater", "01-Jan-2030 00:00:01")])
        let due = try #require(sms.options.sendLater)
        #expect(sms.startsAt == due)
        #expect(sms.status(at: due.addingTimeInterval(-1)) == .scheduled)
        #expect(sms.status(at: due.addingTimeInterval(1)) == .sent)
        #expect(sms.finalAt == due.addingTimeInterval(5))
        #expect(sms.json(at: due.addingTimeInterval(-1))["sent"] == false)
        #expect(sms.json(at: due.addingTimeInterval(5))["status"] == "Delivered")
    }

    /// (ReceiptFlag, URL, destination, receipt posted)
    static let receipts: [(Int, JSONValue, String, Bool)] = [
        (1, "http://x.test/r", "+61411999001", true), (1, "http://x.test/r", "+61411999002", true), (1, "http://x.test/r", "+61411999000", false),
        (2, "http://x.test/r", "+61411999001", false), (2, "http://x.test/r", "+61411999005", false), (2, "http://x.test/r", "+61411999009", false),
        (2, "http://x.test/r", "+61411999002", true), (2, "http://x.test/r", "+61411999003", true), (2, "http://x.test/r", "+61411999006", true),
        (0, "http://x.test/r", "+61411999002", false), (1, .null, "+61411999001", false), (2, .null, "+61411999002", false),
    ]

    @Test(arguments: receipts)
    func theReceiptFlagDecidesWhoGetsAReceipt(flag: Int, url: JSONValue, destTn: String, posted: Bool) throws {
        let sms = try Self.queued(destTn, options: [("ReceiptFlag", .integer(flag)), ("ReceiptCallbackURL", url)])
        #expect((sms.receiptURL != nil) == posted)
    }

    @Test(arguments: [("+61411999001", 5.0, true), ("+61411999001", 4, false), ("+61411999000", 2, true), ("+61411999002", 10, false),
                      ("+61411999005", 10, false)])
    func aReplyNeedsTheHandsetToHaveTheSMS(destTn: String, seconds: TimeInterval, possible: Bool) throws {
        let sms = try Self.queued(destTn)
        #expect(sms.hasReachedHandset(at: sms.acceptedAt.addingTimeInterval(seconds)) == possible)
    }

    @Test func theStateShowsTheFinalResult() throws {
        let sms = try Self.queued("+61411999006")
        #expect(sms.json(at: sms.acceptedAt) == [
            "sms_id": 123, "request_id": "12092004391300001", "dest_tn": "+61411999006", "outcome": "blocked_country", "status": "Queued",
            "result": "0000", "result_text": "Queued", "sends_at": "2024-09-20T04:39:13Z", "sent": false,
        ])
        let final = sms.json(at: sms.finalAt)
        #expect(final["status"] == "Failed" && final["result"] == "2054" && final["sent"] == false)
        #expect(final["result_text"] == "Not sent: the destination country or network is blocked.")
    }
}
