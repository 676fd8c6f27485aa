/// The byte-level JSON reader behind ``JSONParser``: strict RFC 8259 over UTF-8 bytes, iterative
/// (an explicit stack of open containers, so nesting can never overflow the call stack).
struct JSONReader {
    /// Where a value or key starts, recorded only when reading a ``JSONDocument``.
    struct Record {
        var path: [JSONPath.Component]
        var offset: Int
        var isKey: Bool
    }

    /// An array or object whose members are still being read.
    private struct Frame {
        var isObject: Bool
        var elements: [JSONValue] = []
        var object = JSONObject()
        var key = ""
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

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let recording: Bool
    private var frames: [Frame] = []
    private var scratch: [UInt8] = []
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
                    frames[top].object[key] = value
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

    // MARK: - Scalars

    /// Reads a string starting at its opening quote.
    private mutating func readString() throws(JSONParseError) -> String {
        let quote = index
        index += 1
        let runStart = index
        // Fast path: no escapes, the bytes are copied into the String once.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart ..< index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            try advanceOverStringByte(byte)
        }
        guard index < bytes.count else { throw error("unterminated string", at: quote) }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                try readEscape(quote: quote)
            } else {
                let start = index
                try advanceOverStringByte(byte)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start ..< index]))
            }
        }
        throw error("unterminated string", at: quote)
    }

    /// Steps over one unescaped character inside a string, refusing controls and invalid UTF-8.
    @inline(__always)
    private mutating func advanceOverStringByte(_ byte: UInt8) throws(JSONParseError) {
        if byte >= 0x20 && byte < 0x80 {
            index += 1
        } else if byte < 0x20 {
            throw error("unescaped control character U+\(UTF8Scanning.hex(UInt32(byte), digits: 4)) in string")
        } else if let length = UTF8Scanning.sequenceLength(in: bytes, at: index) {
            index += length
        } else {
            throw error("invalid UTF-8 byte 0x\(UTF8Scanning.hex(UInt32(byte), digits: 2)) in string")
        }
    }

    /// Decodes one escape sequence starting at its backslash into `scratch`.
    private mutating func readEscape(quote: Int) throws(JSONParseError) {
        let start = index
        guard index + 1 < bytes.count else { throw error("unterminated string", at: quote) }
        let escaped = bytes[index + 1]
        index += 2
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escaped)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var value = try readHexQuad(escapeStart: start)
            if (0xDC00 ... 0xDFFF).contains(value) {
                throw error("unpaired surrogate '\\u\(UTF8Scanning.hex(value, digits: 4))' in string", at: start)
            }
            if (0xD800 ... 0xDBFF).contains(value) {
                let low: UInt32
                if index + 1 < bytes.count && bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "u") {
                    let lowStart = index
                    index += 2
                    low = try readHexQuad(escapeStart: lowStart)
                } else {
                    low = 0
                }
                guard (0xDC00 ... 0xDFFF).contains(low) else {
                    throw error("unpaired surrogate '\\u\(UTF8Scanning.hex(value, digits: 4))' in string", at: start)
                }
                value = 0x10000 + (value - 0xD800) << 10 + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw error("invalid escape sequence in string", at: start)
            }
            UTF8.encode(scalar) { scratch.append($0) }
        default:
            guard escaped > 0x20 && escaped < 0x7F else { throw error("invalid escape sequence in string", at: start) }
            throw error("invalid escape sequence '\\\(Character(Unicode.Scalar(escaped)))' in string", at: start)
        }
    }

    /// Reads the four hex digits after `\u`.
    private mutating func readHexQuad(escapeStart: Int) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0 ..< 4 {
            guard index < bytes.count, let digit = Self.hexValue(bytes[index]) else {
                throw error("expected 4 hex digits after '\\u'", at: escapeStart)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a") ... UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A") ... UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Reads a number; integers of up to 18 digits are converted without going through text.
    private mutating func readNumber() throws(JSONParseError) -> Double {
        let start = index
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < bytes.count && isDigit(bytes[index]) else { throw expected("expected a digit after '-'") }
        let integerStart = index
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count && isDigit(bytes[index]) {
                throw error("leading zeros are not allowed in numbers", at: index - 1)
            }
        } else {
            skipDigits()
        }
        let integerEnd = index
        var isInteger = true
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count && isDigit(bytes[index]) else { throw expected("expected a digit after '.'") }
            skipDigits()
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            isInteger = false
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                index += 1
            }
            guard index < bytes.count && isDigit(bytes[index]) else { throw expected("expected a digit in the exponent") }
            skipDigits()
        }
        if isInteger && integerEnd - integerStart <= 18 {
            var magnitude = 0
            for position in integerStart ..< integerEnd {
                magnitude = magnitude &* 10 &+ Int(bytes[position] &- UInt8(ascii: "0"))
            }
            return negative ? -Double(magnitude) : Double(magnitude)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw error("number out of range", at: start) }
        return value
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while index < bytes.count && isDigit(bytes[index]) { index += 1 }
    }

    private mutating func readLiteral(_ word: StaticString) throws(JSONParseError) {
        let length = word.utf8CodeUnitCount
        let matches = index + length <= bytes.count && word.withUTF8Buffer { expected in
            (0 ..< length).allSatisfy { bytes[index + $0] == expected[$0] }
        }
        guard matches else { throw error("invalid literal, expected '\(word)'") }
        index += length
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

    private func error(_ message: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(message: message, location: LocationTracker.location(of: offset ?? index, in: bytes))
    }

    /// `expectation` at the current position, or after "unexpected end of input" at the end.
    private func expected(_ expectation: String) -> JSONParseError {
        index < bytes.count ? error(expectation) : error("unexpected end of input, \(expectation)")
    }
}
