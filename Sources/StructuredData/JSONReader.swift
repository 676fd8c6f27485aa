/// The byte-level JSON reader behind ``JSONParser``: strict RFC 8259 over UTF-8 bytes, iterative
/// (an explicit stack of open containers, so nesting can never overflow the call stack).
struct JSONReader {
    /// Where a value or key starts, recorded only when reading a ``JSONDocument``.
    struct Record: Sendable {
        var path: [JSONPath.Component]
        var offset: Int
        var isKey: Bool
    }

    /// An array or object whose members are still being read.
    private struct Frame {
        var isObject: Bool
        var elements: [JSONValue] = []
        var members: [(String, JSONValue)] = []
        var key = ""

        /// The object's members so far; a repeated key keeps its first position and last value.
        var object: JSONObject { JSONObject(members) }
    }

    /// What the reader expects when it looks for a value, for error messages.
    private enum ValueContext {
        case document, firstElement, afterComma, memberValue

        var expectation: String {
            switch self {
            case .document: "expected a value"
            case .firstElement: "expected a value or ']'"
            case .afterComma: "expected a value after ','"
            case .memberValue: "expected a value after ':'"
            }
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int
    private let recording: Bool
    private var frames: [Frame] = []
    /// Reused buffer for strings with escapes.
    var scratch: [UInt8] = []
    /// Value and key offsets in document order, when recording.
    private(set) var records: [Record] = []

    /// A reader over `bytes`, skipping a leading byte order mark.
    init(_ bytes: UnsafeBufferPointer<UInt8>, recording: Bool) {
        self.bytes = bytes
        self.recording = recording
        index = UTF8Scanning.byteOrderMarkLength(bytes)
    }

    /// Reads one value followed by nothing but whitespace.
    mutating func readDocument() throws(JSONParseError) -> JSONValue {
        let value = try readValue()
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected character \(UTF8Scanning.describeCharacter(in: bytes, at: index)) after the JSON value")
        }
        return value
    }

    // MARK: - Values and containers

    private mutating func readValue() throws(JSONParseError) -> JSONValue {
        var context = ValueContext.document
        nextValue: while true {
            skipWhitespace()
            guard index < bytes.count else { throw expected(context.expectation) }
            if recording { record(isKey: false) }
            var value: JSONValue
            switch bytes[index] {
            case UInt8(ascii: "{"):
                try checkDepth()
                index += 1
                skipWhitespace()
                if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    value = .object(JSONObject())
                } else {
                    frames.append(Frame(isObject: true))
                    try readKey(expectation: "expected a string key or '}'")
                    context = .memberValue
                    continue nextValue
                }
            case UInt8(ascii: "["):
                try checkDepth()
                index += 1
                skipWhitespace()
                if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    value = .array([])
                } else {
                    frames.append(Frame(isObject: false))
                    context = .firstElement
                    continue nextValue
                }
            case UInt8(ascii: "\""):
                value = .string(try readString())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = .number(try readNumber())
            case UInt8(ascii: "t"):
                try readLiteral("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try readLiteral("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try readLiteral("null")
                value = .null
            default:
                let found = UTF8Scanning.describeCharacter(in: bytes, at: index)
                throw error("unexpected character \(found), \(context.expectation)")
            }
            // Hand the finished value to its container; close containers that end here.
            while true {
                guard !frames.isEmpty else { return value }
                let top = frames.count - 1
                skipWhitespace()
                if frames[top].isObject {
                    let key = frames[top].key
                    frames[top].members.append((key, value))
                    guard index < bytes.count else { throw expected("expected ',' or '}' after object member") }
                    if bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        try readKey(expectation: "expected a string key after ','")
                        context = .memberValue
                        continue nextValue
                    } else if bytes[index] == UInt8(ascii: "}") {
                        index += 1
                        value = .object(frames.removeLast().object)
                    } else {
                        throw expected("expected ',' or '}' after object member")
                    }
                } else {
                    frames[top].elements.append(value)
                    guard index < bytes.count else { throw expected("expected ',' or ']' after array element") }
                    if bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        context = .afterComma
                        continue nextValue
                    } else if bytes[index] == UInt8(ascii: "]") {
                        index += 1
                        value = .array(frames.removeLast().elements)
                    } else {
                        throw expected("expected ',' or ']' after array element")
                    }
                }
            }
        }
    }

    /// Reads `"key" :` into the innermost (object) frame.
    private mutating func readKey(expectation: String) throws(JSONParseError) {
        skipWhitespace()
        guard index < bytes.count && bytes[index] == UInt8(ascii: "\"") else { throw expected(expectation) }
        let keyStart = index
        let key = try readString()
        frames[frames.count - 1].key = key
        if recording {
            let valueIndex = index
            index = keyStart
            record(isKey: true)
            index = valueIndex
        }
        skipWhitespace()
        guard index < bytes.count && bytes[index] == UInt8(ascii: ":") else { throw expected("expected ':' after object key") }
        index += 1
    }

    private func checkDepth() throws(JSONParseError) {
        if frames.count >= JSONParser.maximumDepth {
            throw error("nesting deeper than \(JSONParser.maximumDepth) arrays and objects")
        }
    }

    private mutating func record(isKey: Bool) {
        let path = frames.map { frame -> JSONPath.Component in
            frame.isObject ? .key(frame.key) : .index(frame.elements.count)
        }
        records.append(Record(path: path, offset: index, isKey: isKey))
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    // MARK: - Errors

    func error(_ message: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(message: message, location: LocationTracker.location(of: offset ?? index, in: bytes))
    }

    /// `expectation` at the current position, or after "unexpected end of input" at the end.
    func expected(_ expectation: String) -> JSONParseError {
        index < bytes.count ? error(expectation) : error("unexpected end of input, \(expectation)")
    }
}
