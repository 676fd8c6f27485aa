/// The small pieces of XML syntax: names, references, comments, processing instructions,
/// character checks and error positions.
extension XMLScanner {
    /// Reads a name (the first byte is known to be a name start character).
    mutating func readName() throws(XMLParseError) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 {
                guard let length = UTF8Scanning.sequenceLength(in: bytes, at: index) else {
                    throw error("Input is not proper UTF-8, indicate encoding !")
                }
                index += length
            } else if Self.isNameCharacter(byte) {
                index += 1
            } else {
                break
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< index]), as: UTF8.self)
    }

    /// Resolves `&name;`, `&#123;` or `&#x7B;` at `&` to the character it stands for.
    mutating func readReference() throws(XMLParseError) -> Unicode.Scalar {
        let start = index
        index += 1
        if index < bytes.count && bytes[index] == UInt8(ascii: "#") {
            index += 1
            let isHex = index < bytes.count && bytes[index] == UInt8(ascii: "x")
            if isHex { index += 1 }
            var value: UInt32 = 0
            let digitsStart = index
            while index < bytes.count, let digit = Self.digitValue(bytes[index], hex: isHex) {
                value = value &* (isHex ? 16 : 10) &+ digit
                if index - digitsStart >= 8 { value = 0x11_0000 }
                index += 1
            }
            guard index > digitsStart, index < bytes.count, bytes[index] == UInt8(ascii: ";") else {
                throw error(isHex ? "xmlParseCharRef: invalid hexadecimal value" : "xmlParseCharRef: invalid decimal value",
                            at: start)
            }
            index += 1
            guard Self.isXMLCharacter(value), let scalar = Unicode.Scalar(value) else {
                throw error("xmlParseCharRef: invalid xmlChar value \(value)", at: start)
            }
            return scalar
        }
        guard index < bytes.count && Self.isNameStart(bytes[index]) else { throw error("xmlParseEntityRef: no name") }
        let name = try readName()
        guard index < bytes.count && bytes[index] == UInt8(ascii: ";") else { throw error("EntityRef: expecting ';'") }
        index += 1
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default: throw error("Entity '\(name)' not defined", at: start)
        }
    }

    /// Skips `<!-- … -->`; `--` may not appear inside.
    mutating func skipComment() throws(XMLParseError) {
        let start = index
        index += 4
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "-") && startsWith("--") {
                guard startsWith("-->") else { throw error("Double hyphen within comment") }
                index += 3
                return
            }
            try advanceOverCharacter()
        }
        throw error("Comment not terminated", at: start)
    }

    /// Skips `<?target … ?>`; the target `xml` is reserved for the declaration at the start.
    mutating func skipProcessingInstruction() throws(XMLParseError) {
        let start = index
        index += 2
        guard index < bytes.count && Self.isNameStart(bytes[index]) else { throw error("xmlParsePI : no target name") }
        let target = try readName()
        if target.lowercased() == "xml" {
            throw error("XML declaration allowed only at the start of the document", at: start)
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "?") && startsWith("?>") {
                index += 2
                return
            }
            try advanceOverCharacter()
        }
        throw error("PI \(target) never end ...", at: start)
    }

    /// Steps over one character, refusing invalid UTF-8 and characters XML does not allow
    /// (controls other than tab, line feed and carriage return; U+FFFE and U+FFFF).
    @inline(__always)
    mutating func advanceOverCharacter() throws(XMLParseError) {
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x80 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            index += 1
        } else if byte < 0x20 {
            throw error("PCDATA invalid Char value \(byte)")
        } else if let length = UTF8Scanning.sequenceLength(in: bytes, at: index) {
            if byte == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                throw error("PCDATA invalid Char value \(bytes[index + 2] == 0xBE ? 0xFFFE : 0xFFFF)")
            }
            index += length
        } else {
            throw error("Input is not proper UTF-8, indicate encoding !")
        }
    }

    /// Skips XML whitespace; returns whether there was any.
    @discardableResult
    mutating func skipSpace() -> Bool {
        let start = index
        while index < bytes.count && Self.isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    /// Whether the bytes at the current position spell `literal`.
    func startsWith(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        return literal.withUTF8Buffer { expected in
            for offset in 0 ..< length where bytes[index + offset] != expected[offset] { return false }
            return true
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Letters, `_`, `:` and (approximately) every non-ASCII character.
    static func isNameStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "A") ... UInt8(ascii: "Z"),
             UInt8(ascii: "_"), UInt8(ascii: ":"), 0x80...: true
        default: false
        }
    }

    /// Name start characters plus digits, `-` and `.` (ASCII only; see ``readName()``).
    static func isNameCharacter(_ byte: UInt8) -> Bool {
        isNameStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// Whether `value` is a character XML 1.0 allows.
    static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20 ... 0xD7FF, 0xE000 ... 0xFFFD, 0x1_0000 ... 0x10_FFFF: true
        default: false
        }
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a") ... UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A") ... UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The 1-based line of a byte offset.
    func line(of offset: Int) -> Int {
        LocationTracker.location(of: offset, in: bytes).line
    }

    func error(_ message: String, at offset: Int? = nil) -> XMLParseError {
        XMLParseError(message: message, location: LocationTracker.location(of: offset ?? index, in: bytes))
    }
}
