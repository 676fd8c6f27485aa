import StructuredData

/// An email a step sends over SMTP, as the spec gives it: placeholders and generators still in it.
public struct EmailTemplate: Sendable, Equatable {
    /// The spec's `email` object (already checked by the decoder).
    public var template: JSONValue

    /// Creates a template from a checked `email` object.
    public init(template: JSONValue) {
        self.template = template
    }

    /// The email with every placeholder and generator expanded.
    public func render(with bindings: Bindings) throws(TemplateError) -> Email {
        let expanded = try Template.expand(template, with: bindings)
        let attachments = (expanded["attachments"]?.arrayValue ?? []).map { entry in
            EmailAttachment(
                filename: entry["filename"]?.stringValue ?? "attachment",
                contentType: entry["content_type"]?.stringValue ?? "application/octet-stream",
                content: entry["base64"]?.stringValue.map(EmailAttachment.Content.base64) ?? .text(entry["text"]?.stringValue ?? ""))
        }
        return Email(
            from: expanded["from"]?.stringValue ?? "",
            to: expanded["to"]?.arrayValue?.compactMap(\.stringValue) ?? [],
            subject: expanded["subject"]?.stringValue,
            body: expanded["body"]?.stringValue ?? "",
            headers: (expanded["headers"]?.objectValue ?? JSONObject()).compactMap { name, value in
                value.stringValue.map { EmailHeader(name: name, value: $0) }
            },
            attachments: attachments, json: expanded)
    }
}

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

/// An extra header field of an email template.
public struct EmailHeader: Sendable, Equatable {
    /// The field name.
    public var name: String
    /// The field value.
    public var value: String

    /// Creates a header field.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// An attachment: a file name, a content type, and text (sent as UTF-8) or base64 bytes.
public struct EmailAttachment: Sendable, Equatable {
    /// The content of an attachment.
    public enum Content: Sendable, Equatable {
        case text(String)
        case base64(String)
    }

    /// The file name, e.g. `CI00000001241122031500.csv`.
    public var filename: String
    /// The MIME type, e.g. `text/csv`.
    public var contentType: String
    /// The content.
    public var content: Content

    /// Creates an attachment.
    public init(filename: String, contentType: String, content: Content) {
        self.filename = filename
        self.contentType = contentType
        self.content = content
    }
}

/// What the SMTP dialogue must answer: the `MAIL FROM` reply, each `RCPT TO` reply, and the
/// reply that ends the data phase. Absent parts are not checked.
public struct SMTPExpectation: Sendable, Equatable {
    /// The reply to `MAIL FROM`.
    public var mailFrom: ReplyExpectation?
    /// The replies to each `RCPT TO`, in order.
    public var recipients: [ReplyExpectation]?
    /// The reply after the message's final dot (or to `DATA` itself, when that was refused).
    public var data: ReplyExpectation?

    /// Creates an expectation.
    public init(mailFrom: ReplyExpectation? = nil, recipients: [ReplyExpectation]? = nil, data: ReplyExpectation? = nil) {
        self.mailFrom = mailFrom
        self.recipients = recipients
        self.data = data
    }
}

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
