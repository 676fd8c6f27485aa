import Foundation
import StructuredData

/// The request-wide attributes of `Messages`: receipts, replies, time zone, scheduling and the
/// global text (seed 000, "Messages object").
///
/// Checked in the document's order, the first failure answering: ReceiptFlag (2017, 2018),
/// ReceiptCallbackURL (2019, 2020), ReplyType (2021, 2022), ReplyCallbackURL (2023, 2024),
/// TimeZoneOffset (2025, 2026), SendLater (2027), GlobalText (2028).
///
/// The two callback URLs are nullable: "required as an attribute" when receipts are on or
/// ReplyType is H means the member must be present, and JSON null forwards to email.
struct RoxDeliveryOptions: Sendable, Equatable {
    /// How replies to the SMS reach the customer.
    enum ReplyType: String, Sendable, CaseIterable {
        case email = "E", sms = "S", both = "B", httpCallback = "H"
    }

    /// The offsets in use worldwide, in minutes behind UTC: UTC+14:00 (-840) to UTC-12:00 (720).
    static let timeZoneOffsets = -840...720

    /// 1 = yes, 0 = no, 2 = receipt on error.
    var receiptFlag: Int
    /// Where receipts are posted; nil (JSON null or absent) forwards them to email.
    var receiptCallbackURL: String?
    var replyType: ReplyType
    /// Where replies are posted when ReplyType is H; nil forwards them to email.
    var replyCallbackURL: String?
    /// Minutes behind UTC of the customer's clock (UTC+10:00 = -600).
    var timeZoneOffset: Int
    /// When to send, in UTC; nil to send now.
    var sendLater: Date?
    /// The text every recipient gets, overriding each `SMSText`.
    var globalText: String?

    /// Reads the attributes from the `Messages` object.
    static func read(_ messages: JSONObject) throws(RoxRefusal) -> RoxDeliveryOptions {
        let flagValue = try required(messages["ReceiptFlag"], else: .receiptFlagMissing)
        guard let receiptFlag = flagValue.intValue, (0...2).contains(receiptFlag) else { throw RoxRefusal(.receiptFlagInvalid) }
        if receiptFlag > 0 && messages["ReceiptCallbackURL"] == nil { throw RoxRefusal(.receiptCallbackURLMissing) }
        let receiptCallbackURL = try callbackURL(messages["ReceiptCallbackURL"], else: .receiptCallbackURLInvalid)

        let replyValue = try required(messages["ReplyType"], else: .replyTypeMissing)
        guard let replyType = replyValue.stringValue.flatMap(ReplyType.init(rawValue:)) else { throw RoxRefusal(.replyTypeInvalid) }
        if replyType == .httpCallback && messages["ReplyCallbackURL"] == nil { throw RoxRefusal(.replyCallbackURLMissing) }
        let replyCallbackURL = try callbackURL(messages["ReplyCallbackURL"], else: .replyCallbackURLInvalid)

        let offsetValue = try required(messages["TimeZoneOffset"], else: .timeZoneOffsetMissing)
        guard let timeZoneOffset = offsetValue.intValue, timeZoneOffsets.contains(timeZoneOffset) else {
            throw RoxRefusal(.timeZoneOffsetInvalid)
        }
        var sendLater: Date?
        if let value = present(messages["SendLater"]), value.stringValue != "" {
            guard let text = value.stringValue, let date = RoxDateTime.parseSendLater(text, timeZoneOffset: timeZoneOffset) else {
                throw RoxRefusal(.sendLaterInvalid)
            }
            sendLater = date
        }
        var globalText: String?
        if let value = present(messages["GlobalText"]) {
            guard let text = value.stringValue, !text.isEmpty else { throw RoxRefusal(.globalTextInvalid) }
            globalText = text
        }
        return RoxDeliveryOptions(
            receiptFlag: receiptFlag, receiptCallbackURL: receiptCallbackURL, replyType: replyType,
            replyCallbackURL: replyCallbackURL, timeZoneOffset: timeZoneOffset, sendLater: sendLater, globalText: globalText)
    }

    /// The value unless it is absent or JSON null.
    private static func present(_ value: JSONValue?) -> JSONValue? {
        guard let value, !value.isNull else { return nil }
        return value
    }

    private static func required(_ value: JSONValue?, else code: RoxResultCode) throws(RoxRefusal) -> JSONValue {
        guard let value = present(value) else { throw RoxRefusal(code) }
        return value
    }

    /// A nullable callback URL: nil when absent or null, the URL when it is an http(s) URL; refused otherwise.
    private static func callbackURL(_ value: JSONValue?, else code: RoxResultCode) throws(RoxRefusal) -> String? {
        guard let value = present(value) else { return nil }
        guard let text = value.stringValue, isHTTPURL(text) else { throw RoxRefusal(code) }
        return text
    }

    /// Whether the text is `http://host…` or `https://host…` without spaces or control characters.
    static func isHTTPURL(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard let scheme = ["http://", "https://"].first(where: { lowered.hasPrefix($0) }) else { return false }
        guard let hostStart = lowered.dropFirst(scheme.count).first, hostStart != "/", hostStart != ":" else { return false }
        return !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 }
    }
}
