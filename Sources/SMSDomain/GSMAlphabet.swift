/// The GSM 03.38 default alphabet and its extension table (3GPP TS 23.038 §6.2.1), by Unicode scalar.
///
/// Membership follows the unicode.org ETSI GSM0338 mapping: the basic set has 127 characters
/// (every code 0x00–0x7F except 0x1B, which is the escape to the extension table, not a character),
/// and the extension table has ten characters that are each sent as the escape plus one code,
/// so they take two septets. Code 0x09 is the capital "Ç"; the small "ç" is not in the alphabet.
///
/// Work on `Unicode.Scalar`s, never `Character`s: Swift treats "\r\n" as one `Character` although
/// it is two GSM characters, and a decomposed "é" (e + U+0301) is one `Character` but not encodable.
public enum GSMAlphabet {
    /// Whether the scalar is one of the 127 characters of the GSM 03.38 basic set (one septet each).
    public static func isBasic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // ASCII: LF, CR, space through "Z" (this covers "@" 0x00 and "$" 0x02 in GSM), "_", a–z.
        // Not in the basic set: "[" "\" "]" "^" (extension), "`" (absent), "{" "|" "}" "~" (extension).
        case 0x0A, 0x0D, 0x20...0x5A, 0x5F, 0x61...0x7A:
            return true
        // Latin-1: ¡ £ ¤ ¥ § ¿ Ä Å Æ Ç É Ñ Ö Ø Ü ß à ä å æ è é ì ñ ò ö ø ù ü
        case 0xA1, 0xA3, 0xA4, 0xA5, 0xA7, 0xBF,
             0xC4, 0xC5, 0xC6, 0xC7, 0xC9, 0xD1, 0xD6, 0xD8, 0xDC, 0xDF,
             0xE0, 0xE4, 0xE5, 0xE6, 0xE8, 0xE9, 0xEC, 0xF1, 0xF2, 0xF6, 0xF8, 0xF9, 0xFC:
            return true
        // Greek capitals: Γ Δ Θ Λ Ξ Π Σ Φ Ψ Ω
        case 0x393, 0x394, 0x398, 0x39B, 0x39E, 0x3A0, 0x3A3, 0x3A6, 0x3A8, 0x3A9:
            return true
        default:
            return false
        }
    }

    /// Whether the scalar is in the extension table: form feed, ^ { } \ [ ~ ] | € (two septets each).
    public static func isExtension(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0C, 0x5E, 0x7B, 0x7D, 0x5C, 0x5B, 0x7E, 0x5D, 0x7C, 0x20AC:
            return true
        default:
            return false
        }
    }

    /// The septets the scalar takes in GSM-7: 1 for the basic set, 2 for the extension table, nil when it cannot be sent in GSM-7.
    public static func septets(for scalar: Unicode.Scalar) -> Int? {
        if isBasic(scalar) { return 1 }
        if isExtension(scalar) { return 2 }
        return nil
    }

    /// Whether every scalar of the text is in the basic set or the extension table; true for empty text.
    public static func canEncode(_ text: String) -> Bool {
        if let ascii = asciiSeptets(text) { return ascii.encodable }
        return text.unicodeScalars.allSatisfy { isBasic($0) || isExtension($0) }
    }

    /// ``septets(for:)`` of each ASCII scalar, 0 for none.
    private static let asciiTable: [UInt8] = (0..<128).map { UInt8(septets(for: Unicode.Scalar(UInt8($0))) ?? 0) }

    /// For an all-ASCII text (the usual case, read byte by byte): its septets, counting a scalar outside the
    /// alphabet as 1, and whether all of them are in the alphabet. Nil when the text has a non-ASCII scalar.
    static func asciiSeptets(_ text: String) -> (septets: Int, encodable: Bool)? {
        let table = asciiTable // Read once: a static in the loop is a lazy-initialisation check per byte.
        func count(_ bytes: some Sequence<UInt8>) -> (septets: Int, encodable: Bool)? {
            var septets = 0
            var encodable = true
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                let width = table[Int(byte)]
                if width == 0 { encodable = false }
                septets += width == 2 ? 2 : 1
            }
            return (septets, encodable)
        }
        // The bytes in place when the string has them contiguous (native and small strings); its view otherwise.
        return text.utf8.withContiguousStorageIfAvailable { count($0) } ?? count(text.utf8)
    }
}
