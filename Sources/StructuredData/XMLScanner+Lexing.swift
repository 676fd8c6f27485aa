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

    /// Appends what the reference at `&` stands for: a character (`&#123;`, `&#x7B;`), one of the
    /// five predefined entities, or a declared entity's replacement text.
    mutating func appendReference(to output: inout [UInt8], inAttribute: Bool) throws(XMLParseError) {
        if startsWith("&#") {
            let scalar = try readCharacterReference()
            UTF8.encode(scalar) { output.append($0) }
            return
        }
        index += 1
        guard index < bytes.count && Self.isNameStart(bytes[index]) else { throw error("xmlParseEntityRef: no name") }
        let name = try readName()
        guard index < bytes.count && bytes[index] == UInt8(ascii: ";") else { throw error("EntityRef: expecting ';'") }
        index += 1
        if let predefined = Self.predefinedEntity(name) {
            output.append(predefined)
        } else {
            try appendEntity(name, to: &output, inAttribute: inAttribute)
        }
    }

    /// Reads `&#123;` or `&#x7B;` at `&#`; errors point where libxml2's do (after what was read).
    mutating func readCharacterReference() throws(XMLParseError) -> Unicode.Scalar {
        index += 2
        let isHex = index < bytes.count && bytes[index] == UInt8(ascii: "x")
        if isHex { index += 1 }
        var value: UInt32 = 0
        let digitsStart = index
        while index < bytes.count, let digit = Self.digitValue(bytes[index], hex: isHex) {
            value = value &* (isHex ? 16 : 10) &+ digit
            if index - digitsStart >= 8 { value = 0x11_0000 }
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ";") else {
            throw error(isHex ? "CharRef: invalid hexadecimal value" : "CharRef: invalid decimal value")
        }
        index += 1
        guard value <= 0x10_FFFF else { throw error("xmlParseCharRef: character reference out of bounds") }
        guard Self.isXMLCharacter(value), let scalar = Unicode.Scalar(value) else {
            throw error("xmlParseCharRef: invalid xmlChar value \(value)")
        }
        return scalar
    }

    /// Skips `<!-- … -->`; `--` may not appear inside.
    mutating func skipComment() throws(XMLParseError) {
        let start = index
        index += 4
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "-") && startsWith("--") {
                guard startsWith("-->") else {
                    let content = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 4) ..< index]), as: UTF8.self)
                    throw error("Double hyphen within comment: <!--\(content)")
                }
                index += 3
                return
            }
            try advanceOverCharacter()
        }
        throw error("Comment not terminated")
    }

    /// Skips `<?target … ?>`; the target `xml` is reserved for the declaration at the start.
    mutating func skipProcessingInstruction() throws(XMLParseError) {
        index += 2
        guard index < bytes.count && Self.isNameStart(bytes[index]) else { throw error("xmlParsePI : no target name") }
        let target = try readName()
        if target == "xml" { throw error("XML declaration allowed only at the start of the document") }
        if target.lowercased() == "xml" { throw error("Invalid PI name") }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "?") && startsWith("?>") {
                index += 2
                return
            }
            try advanceOverCharacter()
        }
        throw error("ParsePI: PI \(target) never end ...")
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
                throw error("Char 0x\(bytes[index + 2] == 0xBE ? "FFFE" : "FFFF") out of allowed range")
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
