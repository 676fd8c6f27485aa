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
    /// The encoding and parts the text is sent in.
    public var encoding: SMSEncoding
    /// The texts of the parts, in order.
    public var segments: [String]
    /// Provider-specific details (ids, scheduled time, callback URLs…), shown alongside.
    public var details: JSONObject

    /// Creates an entry, splitting `text` into parts with the GSM 03.38 rules.
    public init(provider: String, to: String, from: String, text: String, encoding: SMSEncoding? = nil, details: JSONObject = [:]) {
        let message = encoding.flatMap { SMSMessage(to: to, from: from, text: text, encoding: $0) }
            ?? SMSMessage(to: to, from: from, text: text)
        self.provider = provider
        self.to = to
        self.from = from
        self.text = text
        self.encoding = message.encoding
        self.segments = message.parts
        self.details = details
    }

    /// The entry as the control API shows it: the documented keys first, then the details.
    public var json: JSONValue {
        var object: JSONObject = [
            "provider": .string(provider),
            "to": .string(to),
            "from": .string(from),
            "text": .string(text),
            "parts": .integer(segments.count),
            "encoding": .string(encoding.rawValue),
            "segments": .array(segments.map(JSONValue.string)),
        ]
        for (key, value) in details where object[key] == nil { object[key] = value }
        return .object(object)
    }
}
