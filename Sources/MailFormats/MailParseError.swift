/// Why a message could not be read, or (in ``MailMessage/defects``) what was wrong but read anyway.
///
/// Every case says where: the line of the message (1-based, counted over the whole message) and the MIME part,
/// named as IMAP does: `1`, `2`, `2.1`…, the empty string for the message itself.
public enum MailParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A header line that is neither `Name: value` nor a continuation (it starts with space or tab).
    case malformedHeader(line: Int, part: String, text: String)
    /// A continuation line (starting with space or tab) with no field before it to continue.
    case continuationWithoutField(line: Int, part: String)
    /// A `multipart/*` part whose `Content-Type` has no `boundary` parameter.
    case missingBoundary(line: Int, part: String)
    /// A `multipart/*` body in which the boundary never appears.
    case boundaryNotFound(boundary: String, line: Int, part: String)
    /// A multipart body that ends without its closing `--boundary--` line (read anyway).
    case missingClosingBoundary(boundary: String, part: String)
    /// A base64 body with a character outside the base64 alphabet.
    case invalidBase64(line: Int, part: String)
    /// A `Content-Transfer-Encoding` this parser does not know; the body is kept undecoded.
    case unknownTransferEncoding(String, part: String)
    /// A charset this parser does not know; the text was read as UTF-8, or windows-1252 when not valid UTF-8.
    case unknownCharset(String, part: String)
    /// A part begins without a header section and without the blank line that should say so (read as body).
    case missingHeaderSection(line: Int, part: String)
    /// Multipart parts nested deeper than the parser allows.
    case nestingTooDeep(line: Int, part: String)

    /// The part the problem is in; empty for the message itself.
    public var part: String {
        switch self {
        case let .malformedHeader(_, part, _), let .continuationWithoutField(_, part), let .missingBoundary(_, part),
             let .boundaryNotFound(_, _, part), let .missingClosingBoundary(_, part), let .invalidBase64(_, part),
             let .unknownTransferEncoding(_, part), let .unknownCharset(_, part), let .missingHeaderSection(_, part),
             let .nestingTooDeep(_, part):
            part
        }
    }

    /// A one-line explanation naming line and part.
    public var description: String {
        switch self {
        case let .malformedHeader(line, part, text):
            "\(Self.place(line, part)): header line is not 'Name: value': \(text.prefix(60).debugDescription)"
        case let .continuationWithoutField(line, part):
            "\(Self.place(line, part)): continuation line (starting with a space) before any header field"
        case let .missingBoundary(line, part):
            "\(Self.place(line, part)): multipart Content-Type without a boundary parameter"
        case let .boundaryNotFound(boundary, line, part):
            "\(Self.place(line, part)): the multipart boundary \(boundary.debugDescription) never appears in the body"
        case let .missingClosingBoundary(boundary, part):
            "\(Self.place(nil, part)): the multipart body ends without the closing --\(boundary)-- line"
        case let .invalidBase64(line, part):
            "\(Self.place(line, part)): character outside the base64 alphabet"
        case let .unknownTransferEncoding(encoding, part):
            "\(Self.place(nil, part)): unknown Content-Transfer-Encoding \(encoding.debugDescription), body left as is"
        case let .unknownCharset(charset, part):
            "\(Self.place(nil, part)): unknown charset \(charset.debugDescription), read as UTF-8 or windows-1252"
        case let .missingHeaderSection(line, part):
            "\(Self.place(line, part)): part starts without headers or a blank line; read as body"
        case let .nestingTooDeep(line, part):
            "\(Self.place(line, part)): multipart nesting too deep"
        }
    }

    private static func place(_ line: Int?, _ part: String) -> String {
        let location = part.isEmpty ? "message" : "part \(part)"
        guard let line else { return location }
        return "line \(line) (\(location))"
    }
}
