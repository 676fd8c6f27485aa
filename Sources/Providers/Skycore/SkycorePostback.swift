import Foundation
import StructuredData

/// Postback bodies, timestamps and delivery rules.
enum SkycorePostback {
    /// "The receiver must answer 200 within 10 s; otherwise retried every 5 minutes, at most 5 times"
    /// (the 10 s are the dispatcher's client time-out).
    static let retry = RetryPolicy(retries: 5, interval: 300)

    /// The carrier the fake reports (*assumed*: the documents' example is `0001470` / `AT&T`).
    static let operatorID = "0009999"
    static let operatorName = "SMSContract Fake Carrier"

    /// A postback to `url` that counts only when answered with exactly 200, retried per ``retry``.
    static func callback(_ url: String, _ body: JSONValue) -> Callback {
        var callback = Callback.json(url, body, retry: retry)
        callback.accepts = { $0.status == 200 }
        return callback
    }

    /// The MT postback body, keys in the v2 example's order; `campaign-ref` and `from-mask` only when
    /// the request had them. `to` is digits without `+` (Skycore's own form), `from` as sent.
    static func mtBody(_ message: SkycoreQueuedMessage, code: SkycorePostbackCode, outcome: DeliveryOutcome, at date: Date) -> JSONValue {
        let known = outcome != .noOperator
        var body: JSONObject = [
            "origin": "SMS_MT",
            "code": .string(code.code),
            "sent-as": "SMS",
            "status": .string(code.status),
            "from": .string(message.request.from),
            "to": .string(message.request.to.digits),
            "tracking-id": .string(message.trackingID),
            "operator-id": .string(known ? operatorID : ""),
            "operator-name": .string(known ? operatorName : ""),
            "timestamp": .string(timestamp(date, fraction: true)),
        ]
        if let campaign = message.request.campaignRef { body["campaign-ref"] = .string(campaign) }
        if let mask = message.request.fromMask { body["from-mask"] = .string(mask) }
        return .object(body)
    }

    /// The MO postback body (provider-facts.md § skycore: origin, code, from, to, message-text, tracking-id, timestamp).
    static func moBody(from: String, to: String, text: String, trackingID: String, at date: Date) -> JSONValue {
        [
            "origin": "SMS_MO", "code": "N211", "from": .string(from), "to": .string(to), "message-text": .string(text),
            "tracking-id": .string(trackingID), "timestamp": .string(timestamp(date, fraction: false)),
        ]
    }

    /// An MO tracking id like the example's `smsmo09ea1b9215`: `smsmo` and 10 lowercase hex digits.
    static func makeMOTrackingID() -> String {
        "smsmo" + RandomIdentifier.make(length: 10, alphabet: "0123456789abcdef")
    }

    /// UTC ISO 8601 with a `+00:00` offset, as the examples write it: `2021-01-26T18:00:07.990498+00:00`
    /// (MT, microseconds) and `2021-02-01T23:35:54+00:00` (MO, whole seconds).
    static func timestamp(_ date: Date, fraction: Bool) -> String {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
        let seconds = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                            from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        var text = "\(parts.year ?? 0)-\(pad(parts.month, 2))-\(pad(parts.day, 2))T\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))"
        if fraction { text += "." + pad(Int(micros - seconds * 1_000_000), 6) }
        return text + "+00:00"
    }

    /// `text` when it is an absolute `http` or `https` URL with a host and no spaces; nil otherwise.
    static func validURL(_ text: String) -> String? {
        guard !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }),
              let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", components.host?.isEmpty == false else { return nil }
        return text
    }

    private static func pad(_ value: Int?, _ width: Int) -> String {
        let text = String(value ?? 0)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
