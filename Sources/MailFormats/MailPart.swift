/// One MIME entity: the message itself or a part of a multipart, its headers, media type and decoded content.
public struct MailPart: Sendable, Equatable {
    /// The part's position as IMAP numbers it: `1`, `2`, `2.1`…; empty for the message itself.
    public var id: String
    /// The part's own header fields, in order.
    public var headers: [MailHeader]
    /// The media type, lower-cased, without parameters: `text/plain` (the default), `multipart/mixed`…
    public var contentType: String
    /// The `Content-Type` parameters by lower-cased name, unquoted and decoded (RFC 2231).
    public var parameters: [String: String]
    /// `attachment` or `inline` from `Content-Disposition`, lower-cased; nil without one.
    public var disposition: String?
    /// The file name (`filename`, `filename*` or `name`), RFC 2047 and RFC 2231 decoded; nil without one.
    public var filename: String?
    /// The content with its transfer encoding removed; empty for a multipart.
    public var body: [UInt8]
    /// For `text/*` parts: the body decoded by its charset, line endings made `\n`.
    public var text: String?
    /// For `multipart/*`: the parts inside, in order.
    public var parts: [MailPart]

    /// Creates a part.
    public init(
        id: String = "", headers: [MailHeader] = [], contentType: String = "text/plain", parameters: [String: String] = [:],
        disposition: String? = nil, filename: String? = nil, body: [UInt8] = [], text: String? = nil, parts: [MailPart] = []
    ) {
        self.id = id
        self.headers = headers
        self.contentType = contentType
        self.parameters = parameters
        self.disposition = disposition
        self.filename = filename
        self.body = body
        self.text = text
        self.parts = parts
    }

    /// The value of the first header field called `name` (case-insensitive), unfolded, RFC 2047 decoded.
    public func header(_ name: String) -> String? {
        headers.rawValue(name).map(EncodedWords.decode)
    }

    /// The `charset` parameter, lower-cased, when there is one.
    public var charset: String? { parameters["charset"]?.lowercased() }

    /// Whether the part is a multipart container.
    public var isMultipart: Bool { contentType.hasPrefix("multipart/") }

    /// Whether the part is a file rather than message text: `Content-Disposition: attachment`, a file name, or a
    /// media type that is neither text nor multipart.
    public var isAttachment: Bool {
        guard !isMultipart else { return false }
        return disposition == "attachment" || filename != nil || !contentType.hasPrefix("text/")
    }

    /// The parts that are not multipart containers, depth first: this part itself when it is not one.
    public var leaves: [MailPart] {
        isMultipart ? parts.flatMap(\.leaves) : [self]
    }
}
