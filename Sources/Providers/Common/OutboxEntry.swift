import Foundation
import SMSDomain
import StructuredData

/// A provider's details of an outbox entry (ids, scheduled time, callback URLs…), shown as JSON
/// when asked. A fake that keeps many entries can store them compactly and build the JSON on demand;
/// a `JSONObject` serves as its own details.
public protocol OutboxDetails: Sendable {
    /// The details as the outbox shows them, after the documented keys.
    var json: JSONObject { get }
}

extension JSONObject: OutboxDetails {
    /// The object itself.
    public var json: JSONObject { self }
}

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
    /// Provider-specific details, as the provider stores them.
    private var storedDetails: any OutboxDetails
    /// The fake time the outbox recorded it, when the outbox has a clock (the web inbox's timeline starts here).
    public internal(set) var acceptedAt: Date?
    /// Its place among every entry the outbox recorded since it was created, from 1; 0 before recording.
    public internal(set) var sequence = 0

    /// Provider-specific details (ids, scheduled time, callback URLs…), shown alongside.
    public var details: JSONObject { storedDetails.json }

    /// The texts of the parts, in order, split with the GSM 03.38 rules. Worked out when asked, not
    /// kept: an outbox holds thousands of entries and is rarely read.
    public var segments: [String] {
        SegmentCounter.split(text, encoding: encoding) ?? [text]
    }

    /// Creates an entry for `text` in `encoding`; without one, or with GSM-7 for a text outside the
    /// GSM alphabet, in the encoding the text needs.
    public init(provider: String, to: String, from: String, text: String, encoding: SMSEncoding? = nil, details: JSONObject = [:]) {
        self.init(provider: provider, to: to, from: from, text: text, encoding: encoding, compactDetails: details)
    }

    /// Creates an entry whose details are kept as the provider stores them and shown as JSON when asked.
    public init(provider: String, to: String, from: String, text: String, encoding: SMSEncoding? = nil, compactDetails: some OutboxDetails) {
        self.provider = provider
        self.to = to
        self.from = from
        self.text = text
        self.encoding = encoding == .ucs2 || !GSMAlphabet.canEncode(text) ? .ucs2 : .gsm7
        storedDetails = compactDetails
    }

    public static func == (left: OutboxEntry, right: OutboxEntry) -> Bool {
        left.provider == right.provider && left.to == right.to && left.from == right.from && left.text == right.text
            && left.encoding == right.encoding && left.details == right.details
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
