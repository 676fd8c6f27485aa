/// Reads XML 1.0 documents, checking well-formedness only (no validation), as PHP's libxml2 does
/// with its default options, and with libxml2's messages and error positions.
///
/// - Understands the XML declaration, elements and attributes (`'` or `"`), self-closing tags,
///   comments, processing instructions, CDATA sections, the five predefined entities, decimal
///   and hexadecimal character references, and a document type declaration: its internal general
///   entities are expanded in content and attribute values (see `XMLScanner+Doctype.swift`).
/// - Keeps text as written (including whitespace between elements), except that line ends become
///   `\n` and attribute values are whitespace-normalised, both as XML requires. Comments and
///   processing instructions are dropped; text around them joins up.
/// - Refuses only what is unsafe: external entities and parameter-entity references (nothing
///   outside the document is ever read: XXE-safe), entity loops and expansions beyond 1 MiB (a
///   "billion laughs" bomb), elements nested deeper than ``maximumDepth``. An entity whose
///   replacement text holds markup is refused too (not supported).
/// - Input is UTF-8 (a byte order mark is skipped) or, when the declaration says so, ISO-8859-1;
///   any other declared encoding is refused.
public enum XMLReader {
    /// How deeply elements may nest (libxml2's default limit).
    public static let maximumDepth = 256

    /// Parses a document from UTF-8 bytes.
    public static func parse(_ bytes: [UInt8]) throws(XMLParseError) -> XMLDocument {
        var bytes = bytes
        if let encoding = XMLEncoding.declaredEncoding(bytes), XMLEncoding.latin1Names.contains(encoding) {
            bytes = XMLEncoding.utf8(fromLatin1: bytes)
        }
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
