/// Turns the bytes of a text part or an encoded-word into a `String` by their declared charset: UTF-8,
/// US-ASCII, ISO-8859-1, ISO-8859-15 and windows-1252, under their common aliases.
enum MailCharset: Equatable {
    case utf8, ascii, latin1, latin9, windows1252

    /// The charset for a MIME charset name, or nil when it is not known. Case and a `*language` suffix
    /// (RFC 2231) are ignored.
    init?(name: String) {
        let key = name.lowercased().split(separator: "*").first.map(String.init) ?? ""
        switch key.trimmed(of: " \t\"") {
        case "utf-8", "utf8": self = .utf8
        case "us-ascii", "ascii", "ansi_x3.4-1968", "iso646-us", "": self = .ascii
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819": self = .latin1
        case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin9", "latin-9", "l9": self = .latin9
        case "windows-1252", "cp1252", "x-cp1252", "win-1252": self = .windows1252
        default: return nil
        }
    }

    /// Decodes `bytes` as `charsetName`; `known` is false when the name was not recognised (then the bytes are
    /// read as UTF-8 if valid, else as windows-1252, which never fails).
    static func decode(_ bytes: some Collection<UInt8>, charsetName: String?) -> (text: String, known: Bool) {
        guard let charsetName, !charsetName.isEmpty else { return (bestEffort(bytes), true) }
        guard let charset = MailCharset(name: charsetName) else { return (bestEffort(bytes), false) }
        return (charset.decode(bytes), true)
    }

    /// Decodes `bytes`. US-ASCII text with 8-bit bytes (a common mislabel) is read as UTF-8 when valid, else as
    /// windows-1252; invalid UTF-8 in text declared UTF-8 becomes U+FFFD.
    func decode(_ bytes: some Collection<UInt8>) -> String {
        switch self {
        case .utf8: String(decoding: bytes, as: UTF8.self)
        case .ascii: Self.bestEffort(bytes)
        case .latin1: String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .latin9: String(String.UnicodeScalarView(bytes.map { Self.latin9Overrides[$0] ?? Unicode.Scalar($0) }))
        case .windows1252: Self.windows1252(bytes)
        }
    }

    /// UTF-8 when the bytes are valid UTF-8 (pure ASCII is), windows-1252 otherwise.
    static func bestEffort(_ bytes: some Collection<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return windows1252(bytes)
    }

    private static func windows1252(_ bytes: some Collection<UInt8>) -> String {
        String(String.UnicodeScalarView(bytes.map { byte in
            guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
            return Unicode.Scalar(windows1252High[Int(byte) - 0x80]) ?? Unicode.Scalar(byte)
        }))
    }

    /// Code points of windows-1252 bytes 0x80–0x9F; the five undefined ones map to the C1 control of the same value.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Where ISO-8859-15 differs from ISO-8859-1.
    private static let latin9Overrides: [UInt8: Unicode.Scalar] = [
        0xA4: "€", 0xA6: "Š", 0xA8: "š", 0xB4: "Ž", 0xB8: "ž", 0xBC: "Œ", 0xBD: "œ", 0xBE: "Ÿ",
    ]
}

extension StringProtocol {
    /// The text without leading and trailing characters from `set`.
    func trimmed(of set: String) -> String {
        guard let first = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
