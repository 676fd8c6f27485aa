import Testing
@testable import MailFormats

@Suite struct MailCharsetTests {
    @Test(arguments: [
        ("utf-8", [0x63, 0x61, 0x66, 0xC3, 0xA9], "café"),
        ("UTF8", [0xE2, 0x9C, 0x93], "✓"),
        ("us-ascii", [0x61, 0x62], "ab"),
        ("us-ascii", [0xC3, 0xA9], "é"), // Mislabelled UTF-8.
        ("us-ascii", [0xE9], "é"), // Mislabelled Latin-1 / windows-1252.
        ("iso-8859-1", [0xE9, 0x80, 0xA4], "é\u{80}¤"),
        ("latin1", [0xFC], "ü"),
        ("iso-8859-15", [0xA4, 0xBD], "€œ"),
        ("windows-1252", [0x80, 0x93, 0x94, 0x9F, 0x81, 0xE9], "€“”Ÿ\u{81}é"),
        ("CP1252", [0x85], "…"),
        ("\"utf-8\"", [0x61], "a"),
    ])
    func decodesKnownCharsets(name: String, bytes: [UInt8], text: String) {
        let (decoded, known) = MailCharset.decode(bytes, charsetName: name)
        #expect(decoded == text)
        #expect(known)
    }

    @Test(arguments: [([UInt8]([0xC3, 0xA9]), "é"), ([0xE9], "é")])
    func unknownCharsetsAreReadAsUTF8OrWindows1252(bytes: [UInt8], text: String) {
        let (decoded, known) = MailCharset.decode(bytes, charsetName: "x-mac-klingon")
        #expect(decoded == text)
        #expect(!known)
        #expect(MailCharset.decode(bytes, charsetName: nil) == (text, true))
    }

    @Test func invalidUTF8DeclaredAsUTF8IsReplaced() {
        #expect(MailCharset.utf8.decode([0x61, 0xFF]) == "a\u{FFFD}")
    }
}
