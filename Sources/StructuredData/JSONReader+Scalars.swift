/// Strings, numbers and literals: the scalar values of JSON.
extension JSONReader {
    /// Reads a string starting at its opening quote.
    mutating func readString() throws(JSONParseError) -> String {
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
    mutating func readNumber() throws(JSONParseError) -> Double {
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

    mutating func readLiteral(_ word: StaticString) throws(JSONParseError) {
        let length = word.utf8CodeUnitCount
        let matches = index + length <= bytes.count && word.withUTF8Buffer { expected in
            (0 ..< length).allSatisfy { bytes[index + $0] == expected[$0] }
        }
        guard matches else { throw error("invalid literal, expected '\(word)'") }
        index += length
    }
}
