/// Reads XML 1.0 documents, checking well-formedness only (no validation, no DTDs).
///
/// - Understands the XML declaration, elements and attributes (`'` or `"`), self-closing tags,
///   comments, processing instructions, CDATA sections, the five predefined entities and decimal
///   and hexadecimal character references.
/// - Keeps text as written (including whitespace between elements), except that line ends become
///   `\n` and attribute values are whitespace-normalised, both as XML requires. Comments and
///   processing instructions are dropped; text around them joins up.
/// - Refuses `<!DOCTYPE …>` outright, so there are no entity declarations and no external
///   entities (XXE-safe), and refuses elements nested deeper than ``maximumDepth``.
/// - Input must be UTF-8 (a byte order mark is skipped); a declared encoding other than UTF-8 or
///   ASCII is refused.
public enum XMLReader {
    /// How deeply elements may nest (libxml2's default limit).
    public static let maximumDepth = 256

    /// Parses a document from UTF-8 bytes.
    public static func parse(_ bytes: [UInt8]) throws(XMLParseError) -> XMLDocument {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(XMLParseError) -> XMLDocument in
                var scanner = XMLScanner(buffer)
                return try scanner.readDocument()
            }
        }
        return try result.get()
    }

    /// Parses a document from a string.
    public static func parse(_ text: String) throws(XMLParseError) -> XMLDocument {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(XMLParseError) -> XMLDocument in
                var scanner = XMLScanner(buffer)
                return try scanner.readDocument()
            }
        }
        return try result.get()
    }
}
