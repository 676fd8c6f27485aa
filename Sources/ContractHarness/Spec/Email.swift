import StructuredData

/// An email ready to send: every value concrete.
public struct Email: Sendable, Equatable {
    /// The sender: `MAIL FROM` and the `From` header.
    public var from: String
    /// The recipients: one `RCPT TO` each and the `To` header.
    public var to: [String]
    /// The subject, or nil for none.
    public var subject: String?
    /// The plain-text body.
    public var body: String
    /// Extra header fields, in order.
    public var headers: [EmailHeader]
    /// Attachments, in order.
    public var attachments: [EmailAttachment]
    /// The email as the spec described it, expanded: what cassettes record.
    public var json: JSONValue
}
