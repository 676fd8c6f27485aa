/// Reads JSON text into ``JSONValue``s, strictly by RFC 8259.
///
/// - No comments, trailing commas, leading zeros, `NaN`/`Infinity`, single quotes or unescaped
///   control characters; the text must be valid UTF-8 and `\u` escapes must pair surrogates.
/// - A UTF-8 byte order mark at the start and whitespace at the end are accepted; anything else
///   after the value is an error.
/// - A repeated key keeps its first position and its last value.
/// - Numbers outside the range of `Double` are an error; arrays and objects may nest at most
///   ``maximumDepth`` deep.
/// - Errors carry a message naming what was expected and a ``SourceLocation`` (columns count
///   Unicode scalars).
public enum JSONParser {
    /// How deeply arrays and objects may nest; deeper documents are refused with an error (the
    /// reader is iterative, so depth never threatens the call stack).
    public static let maximumDepth = 512

    /// Parses UTF-8 bytes.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) -> JSONValue in
                var reader = JSONReader(buffer, recording: false)
                return try reader.readDocument()
            }
        }
        return try result.get()
    }

    /// Parses a string.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONParseError) -> JSONValue in
                var reader = JSONReader(buffer, recording: false)
                return try reader.readDocument()
            }
        }
        return try result.get()
    }

    /// Parses UTF-8 bytes and records where every value and every object key starts, for
    /// messages that point into the source (spec files).
    public static func parseDocument(_ bytes: [UInt8]) throws(JSONParseError) -> JSONDocument {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) -> JSONDocument in
                var reader = JSONReader(buffer, recording: true)
                let root = try reader.readDocument()
                return JSONDocument(root: root, source: bytes, records: reader.records)
            }
        }
        return try result.get()
    }

    /// Parses a string and records where every value and every object key starts.
    public static func parseDocument(_ text: String) throws(JSONParseError) -> JSONDocument {
        try parseDocument(Array(text.utf8))
    }
}
