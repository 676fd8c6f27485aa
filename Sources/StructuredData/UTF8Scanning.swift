/// Byte-level UTF-8 helpers shared by the JSON and XML readers.
enum UTF8Scanning {
    /// 3 when the bytes start with a UTF-8 byte order mark, else 0.
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The length of the well-formed multi-byte sequence that starts at `index` (whose byte is
    /// 0x80 or more), or nil when it is not well-formed UTF-8: a stray continuation byte, an
    /// overlong form, an encoded surrogate, a scalar above U+10FFFF or a truncated sequence.
    @inline(__always)
    static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return nil }
        var position = index + 2
        while position < index + length {
            guard bytes[position] & 0xC0 == 0x80 else { return nil }
            position += 1
        }
        return length
    }

    /// The scalar encoded at `index`, for messages; nil when the bytes there are not valid UTF-8.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        let lead = bytes[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        guard let length = sequenceLength(in: bytes, at: index) else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for position in index + 1 ..< index + length {
            value = value << 6 | UInt32(bytes[position] & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    /// How the character at `index` reads in an error message: `'x'` for printable characters,
    /// `U+000A` style for controls, `byte 0xFF` when the bytes are not valid UTF-8.
    static func describeCharacter(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> String {
        guard let scalar = scalar(in: bytes, at: index) else {
            return "byte 0x" + hex(UInt32(bytes[index]), digits: 2)
        }
        if scalar.value < 0x20 || scalar.value == 0x7F {
            return "U+" + hex(scalar.value, digits: 4)
        }
        return "'" + String(Character(scalar)) + "'"
    }

    /// Upper-case hexadecimal, zero-padded to at least `digits` digits.
    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
