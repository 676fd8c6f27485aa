/// A parsed email: its headers, its MIME structure, and the parts a reader usually wants — the subject,
/// the sender, the plain-text body and the attachments.
public struct MailMessage: Sendable, Equatable {
    /// The message as a MIME entity: its headers, and for a multipart its parts.
    public var root: MailPart
    /// What was wrong in the message but read anyway (see ``MailParseError``).
    public var defects: [MailParseError]

    /// Creates a message from its root entity.
    public init(root: MailPart, defects: [MailParseError] = []) {
        self.root = root
        self.defects = defects
    }

    /// The message's header fields in order (values unfolded, not decoded).
    public var headers: [MailHeader] { root.headers }

    /// The value of the first header field called `name` (case-insensitive), unfolded and RFC 2047 decoded.
    public func header(_ name: String) -> String? {
        root.header(name)
    }

    /// Every value of the header fields called `name`, decoded, in order (e.g. several `Received` or `To`).
    public func headers(named name: String) -> [String] {
        let lowered = name.lowercased()
        return headers.filter { $0.name.lowercased() == lowered }.map { EncodedWords.decode($0.value) }
    }

    /// The decoded `Subject`, or nil when there is none.
    public var subject: String? { header("Subject") }

    /// The decoded `From` value as written, e.g. `Jane Doe <jane@example.com>`.
    public var from: String? { header("From") }

    /// The address in `From` without display name or angle brackets, e.g. `jane@example.com`.
    public var fromAddress: String? { from.flatMap { MailAddress.addresses(in: $0).first } }

    /// The addresses in every `To` field, without display names.
    public var toAddresses: [String] { headers(named: "To").flatMap(MailAddress.addresses(in:)) }

    /// The parts that are not multipart containers, depth first; for a single-part message, the message itself.
    public var parts: [MailPart] { root.leaves }

    /// The first `text/plain` part that is not an attachment, decoded to a `String` with `\n` line endings
    /// (in a `multipart/alternative`, the plain-text alternative); nil when there is none.
    public var textBody: String? {
        parts.first { $0.contentType == "text/plain" && !$0.isAttachment }?.text
    }

    /// The parts that are files (see ``MailPart/isAttachment``), in order.
    public var attachments: [MailAttachment] {
        parts.filter(\.isAttachment).map { MailAttachment(filename: $0.filename, contentType: $0.contentType, data: $0.body) }
    }
}
