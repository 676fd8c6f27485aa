import Foundation
import Wire

/// A handset's reply to an SMS sent with ReplyType H, posted to `ReplyCallbackURL` as the HTTP Reply
/// Service does (`provider-facts.md` § rox, redoxygen.com/documentation/red_api/http_reply).
///
/// The body is a form (`application/x-www-form-urlencoded`) with the documented fields `CustomerId`,
/// `EmailId`, `SmsId`, `UserEmail`, `UserName`, `DestTN`, `DestName`, `ReplyURL`, `ReplyText`. The
/// receiving server must answer `<HTML><BODY><RESULT>000</RESULT></BODY></HTML>`; any other answer
/// fails the callback, and the reply is then forwarded to email (seed 000: "If NULL or Callback
/// Fails, Reply will be forwarded to email"), so it is not retried.
struct RoxReply: Sendable, Equatable {
    /// `ReplyText` is Char 4000.
    static let maximumLength = 4000
    /// What the receiving server's answer must contain.
    static let acknowledgement = "<RESULT>000</RESULT>"

    var smsID: Int
    var text: String

    /// The documented fields, in the documented order, for a reply to `sms`.
    ///
    /// Assumed values: `EmailId` is empty (the SMS was not sent by email); `UserEmail` and `UserName`
    /// are both `Sender.Username` (the API's username is the user's email address); `ReplyURL` is the
    /// `ReplyCallbackURL` posted to; `DestName` is empty when the request gave none.
    func fields(for sms: RoxQueuedSMS) -> [(name: String, value: String)] {
        [
            ("CustomerId", sms.accountID),
            ("EmailId", ""),
            ("SmsId", String(sms.smsID)),
            ("UserEmail", sms.username),
            ("UserName", sms.username),
            ("DestTN", sms.recipient.destination.e164),
            ("DestName", sms.recipient.destName ?? ""),
            ("ReplyURL", sms.options.replyCallbackURL ?? ""),
            ("ReplyText", text),
        ]
    }

    /// The reply to `sms` as a callback to `url`, accepted only when the answer is 2xx and acknowledges with `<RESULT>000</RESULT>`.
    func callback(to url: String, for sms: RoxQueuedSMS) -> Callback {
        Callback(
            url: url, headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Array(Self.formEncoded(fields(for: sms)).utf8),
            accepts: { response in (200..<300).contains(response.status) && Self.isAcknowledgement(response.bodyText) })
    }

    /// Whether a receiver's answer is the documented acknowledgement (letter case and spacing aside).
    static func isAcknowledgement(_ body: String) -> Bool {
        body.uppercased().filter { !$0.isWhitespace }.contains(acknowledgement)
    }

    /// `name=value&…` with every byte outside the unreserved set percent-encoded and spaces as `+`.
    static func formEncoded(_ fields: [(name: String, value: String)]) -> String {
        fields.map { "\(encode($0.name))=\(encode($0.value))" }.joined(separator: "&")
    }

    /// What stays as it is: the unreserved characters of RFC 3986 (and `*`), and the space that becomes `+`.
    private static let kept = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._* ")

    private static func encode(_ text: String) -> String {
        (text.addingPercentEncoding(withAllowedCharacters: kept) ?? text).replacingOccurrences(of: " ", with: "+")
    }
}
