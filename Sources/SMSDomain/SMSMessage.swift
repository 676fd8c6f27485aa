/// One SMS as sent: addresses, text, and how the text is encoded and split into parts.
///
/// The encoding and parts are computed by ``SegmentCounter`` when the message is made, so they
/// always agree with the text.
public struct SMSMessage: Sendable, Equatable {
    /// The recipient as given, usually an E.164 number.
    public let to: String
    /// The sender as given: a number or an alphanumeric sender ID.
    public let from: String
    /// The message text.
    public let text: String
    /// The encoding the text is sent in.
    public let encoding: SMSEncoding
    /// The texts of the parts the text is sent as; `[""]` for an empty text. Joined, they give back `text`.
    public let parts: [String]

    /// Creates a message in the encoding its text needs: GSM-7 when every character is in the GSM alphabet, else UCS-2.
    public init(to: String, from: String, text: String) {
        let encoding = SegmentCounter.encoding(for: text)
        self.init(to: to, from: from, text: text, encoding: encoding,
                  parts: SegmentCounter.layout(text, encoding: encoding).parts(of: text))
    }

    /// Creates a message in the given encoding; nil when GSM-7 is forced but the text has a character outside the GSM alphabet.
    public init?(to: String, from: String, text: String, encoding: SMSEncoding) {
        guard let parts = SegmentCounter.split(text, encoding: encoding) else { return nil }
        self.init(to: to, from: from, text: text, encoding: encoding, parts: parts)
    }

    /// Creates a message from computed values.
    private init(to: String, from: String, text: String, encoding: SMSEncoding, parts: [String]) {
        self.to = to
        self.from = from
        self.text = text
        self.encoding = encoding
        self.parts = parts
    }

    /// The segment count of the text in the message's encoding.
    public var segmentCount: SegmentCount {
        SegmentCounter.layout(text, encoding: encoding).count
    }
}
