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
