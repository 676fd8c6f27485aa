/// A file carried by a message: a part with `Content-Disposition: attachment`, a file name, or non-text content.
public struct MailAttachment: Sendable, Equatable {
    /// The file name from `Content-Disposition` (`filename`, RFC 2231 `filename*`) or `Content-Type` (`name`),
    /// RFC 2047 encoded-words decoded; nil when the part has none.
    public var filename: String?
    /// The media type, lower-cased and without parameters, e.g. `text/csv`. When composing, parameters may be
    /// included and are written as given.
    public var contentType: String
    /// The content, transfer encoding (base64, quoted-printable) removed.
    public var data: [UInt8]

    /// Creates an attachment.
    public init(filename: String?, contentType: String, data: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}
