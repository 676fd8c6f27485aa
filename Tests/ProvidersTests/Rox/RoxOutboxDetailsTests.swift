import Foundation
@testable import Providers
import StructuredData
import Testing

@Suite struct RoxOutboxDetailsTests {
    private func details(sendLater: Date?, destName: String? = nil) -> RoxOutboxDetails {
        RoxOutboxDetails(
            smsID: 7, requestID: "12092004391358440", product: "CI",
            options: RoxDeliveryOptions(receiptFlag: 1, receiptCallbackURL: "http://127.0.0.1:9/r", replyType: .email, timeZoneOffset: 600, sendLater: sendLater),
            destName: destName, destEmail: nil, scheduled: sendLater != nil)
    }

    @Test func theDocumentedKeysInOrderWithNullsForWhatWasNotGiven() {
        let json = details(sendLater: nil, destName: "Ann").json
        #expect(json.map(\.key) == ["sms_id", "request_id", "product", "receipt_flag", "receipt_callback_url", "reply_type",
                                    "reply_callback_url", "time_zone_offset", "dest_name", "dest_email", "scheduled"])
        #expect(json["sms_id"] == 7)
        #expect(json["receipt_callback_url"] == "http://127.0.0.1:9/r")
        #expect(json["reply_type"] == "E")
        #expect(json["reply_callback_url"] == .null)
        #expect(json["dest_name"] == "Ann")
        #expect(json["dest_email"] == .null)
        #expect(json["scheduled"] == false)
    }

    @Test func aScheduledSendShowsWhen() {
        let json = details(sendLater: Date(timeIntervalSince1970: 1_700_000_000)).json
        #expect(json["scheduled"] == true)
        #expect(json["scheduled_at"]?.stringValue?.hasPrefix("2023-11-14T22:13:20") == true)
    }

    @Test func anOutboxEntryShowsThemAfterItsOwnKeys() {
        let entry = OutboxEntry(provider: "rox", to: "+61411222333", from: "CI00000001", text: "Hi", compactDetails: details(sendLater: nil))
        #expect(entry.details == details(sendLater: nil).json)
        #expect(entry.json["request_id"] == "12092004391358440")
        #expect(entry.json["provider"] == "rox")
    }
}
