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
