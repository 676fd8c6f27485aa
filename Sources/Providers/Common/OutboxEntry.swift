import SMSDomain
import StructuredData

/// One SMS a fake accepted for sending, as `GET /__fake/outbox` shows it.
public struct OutboxEntry: Sendable, Equatable {
    /// The provider id, e.g. `lox24`.
    public var provider: String
    /// The destination in E.164.
    public var to: String
    /// The sender id or number as the provider will send it.
    public var from: String
    /// The text as it will be sent.
    public var text: String
    /// The encoding the text is sent in.
    public var encoding: SMSEncoding
    /// Provider-specific details (ids, scheduled time, callback URLs…), shown alongside.
    public var details: JSONObject

    /// The texts of the parts, in order, split with the GSM 03.38 rules. Worked out when asked, not
    /// kept: an outbox holds thousands of entries and is rarely read.
    public var segments: [String] {
        SegmentCounter.split(text, encoding: encoding) ?? [text]
    }

    /// Creates an entry for `text` in `encoding`; without one, or with GSM-7 for a text outside the
    /// GSM alphabet, in the encoding the text needs.
    public init(provider: String, to: String, from: String, text: String, encoding: SMSEncoding? = nil, details: JSONObject = [:]) {
        self.provider = provider
        self.to = to
        self.from = from
        self.text = text
        self.encoding = encoding == .ucs2 || !GSMAlphabet.canEncode(text) ? .ucs2 : .gsm7
        self.details = details
    }

    /// The entry as the control API shows it: the documented keys first, then the details.
    public var json: JSONValue {
        let parts = segments
        var object: JSONObject = [
            "provider": .string(provider),
            "to": .string(to),
            "from": .string(from),
            "text": .string(text),
            "parts": .integer(parts.count),
            "encoding": .string(encoding.rawValue),
            "segments": .array(parts.map(JSONValue.string)),
        ]
        for (key, value) in details where object[key] == nil { object[key] = value }
        return .object(object)
    }
}
