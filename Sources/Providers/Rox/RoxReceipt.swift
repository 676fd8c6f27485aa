import Foundation
import StructuredData

/// The delivery receipt posted to `ReceiptCallbackURL` (seed 000, "Messages.ReceiptFlag": 1 = yes,
/// 2 = Receipt_On_Error).
///
/// The seed names the flag and the URL but not the body (`provider-facts.md` § rox: UNCONFIRMED).
/// The fake posts JSON in the API's own naming style, **assumed**:
/// `{"Name":"ROX_API_Receipt","Version":"1.1","RequestId":…,"SMSId":123,"DestTn":"+61…","Status":"Delivered","Result":"0000","ResultText":"Delivered","Timestamp":…}`.
/// One attempt, no retries: "If NULL or Callback Fails, Receipt will be forwarded to email."
enum RoxReceipt {
    /// The `Name` every receipt carries.
    static let name = "ROX_API_Receipt"

    /// The receipt of `sms`'s final `result`, reached at `time`.
    static func body(for sms: RoxQueuedSMS, result: RoxDeliveryResult, at time: Date) -> JSONValue {
        [
            "Name": .string(name),
            "Version": .string(RoxProvider.apiVersion),
            "RequestId": .string(sms.requestID),
            "SMSId": .integer(sms.smsID),
            "DestTn": .string(sms.recipient.destination.e164),
            "Status": .string(result.status.rawValue),
            "Result": .string(result.rawValue),
            "ResultText": .string(result.text),
            "Timestamp": .string(RoxDateTime.timestamp(time)),
        ]
    }

    /// The receipt as a callback to `url`.
    static func callback(to url: String, for sms: RoxQueuedSMS, result: RoxDeliveryResult, at time: Date) -> Callback {
        .json(url, body(for: sms, result: result, at: time))
    }
}
