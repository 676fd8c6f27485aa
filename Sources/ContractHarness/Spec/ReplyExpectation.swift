import StructuredData

/// One expected SMTP reply: its code, and optionally its text (lines joined by `\n`) or a matcher.
public struct ReplyExpectation: Sendable, Equatable {
    /// The reply code, e.g. 250.
    public var code: Int
    /// The text, literal or matcher; nil when only the code matters.
    public var text: JSONValue?

    /// Creates a reply expectation.
    public init(code: Int, text: JSONValue? = nil) {
        self.code = code
        self.text = text
    }
}
