import Foundation
import StructuredData

/// What the rox fake's outbox shows beside each SMS, kept as fields rather than as a JSON object:
/// ten thousand entries are kept and rarely read, and the object took three times the memory.
struct RoxOutboxDetails: OutboxDetails {
    var smsID: Int
    var requestID: String
    var product: String
    var options: RoxDeliveryOptions
    var destName: String?
    var destEmail: String?
    /// Whether `SendLater` was still ahead when the SMS was accepted.
    var scheduled: Bool

    var json: JSONObject {
        var details: JSONObject = [
            "sms_id": .integer(smsID),
            "request_id": .string(requestID),
            "product": .string(product),
            "receipt_flag": .integer(options.receiptFlag),
            "receipt_callback_url": options.receiptCallbackURL.map(JSONValue.string) ?? .null,
            "reply_type": .string(options.replyType.rawValue),
            "reply_callback_url": options.replyCallbackURL.map(JSONValue.string) ?? .null,
            "time_zone_offset": .integer(options.timeZoneOffset),
            "dest_name": destName.map(JSONValue.string) ?? .null,
            "dest_email": destEmail.map(JSONValue.string) ?? .null,
            "scheduled": .bool(scheduled),
        ]
        if let sendLater = options.sendLater { details["scheduled_at"] = .string(RoxDateTime.isoSeconds(sendLater)) }
        return details
    }
}
