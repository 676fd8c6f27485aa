import Testing
import SMSDomain

/// The GSM 03.38 basic set in code order 0x00–0x7F (3GPP TS 23.038 §6.2.1, unicode.org GSM0338 mapping);
/// nil at 0x1B, the escape.
private let basicTable: [Unicode.Scalar?] = [
    "@", "£", "$", "¥", "è", "é", "ù", "ì", "ò", "Ç", "\n", "Ø", "ø", "\r", "Å", "å",
    "Δ", "_", "Φ", "Γ", "Λ", "Ω", "Π", "Ψ", "Σ", "Θ", "Ξ", nil, "Æ", "æ", "ß", "É",
    " ", "!", "\"", "#", "¤", "%", "&", "'", "(", ")", "*", "+", ",", "-", ".", "/",
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ":", ";", "<", "=", ">", "?",
    "¡", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O",
    "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "Ä", "Ö", "Ñ", "Ü", "§",
    "¿", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
    "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "ä", "ö", "ñ", "ü", "à",
]

/// The extension table: form feed, ^ { } \ [ ~ ] | €.
private let extensionTable: [Unicode.Scalar] = ["\u{0C}", "^", "{", "}", "\\", "[", "~", "]", "|", "€"]

@Test func basicTableHas127CharactersAndIsExactlyWhatIsBasicAccepts() {
    let table = basicTable.compactMap { $0 }
    #expect(basicTable.count == 128)
    #expect(table.count == 127)
    #expect(Set(table).count == 127)
    for scalar in table { #expect(GSMAlphabet.isBasic(scalar), "\(scalar.value)") }
    // Nothing else below U+0400 is basic, and neither is the €.
    let accepted = (0..<0x400).compactMap(Unicode.Scalar.init).filter(GSMAlphabet.isBasic)
    #expect(Set(accepted) == Set(table))
    #expect(!GSMAlphabet.isBasic("€"))
}

@Test func extensionTableIsExactlyTheTenCharacters() {
    for scalar in extensionTable { #expect(GSMAlphabet.isExtension(scalar)) }
    let accepted = (0..<0x2100).compactMap(Unicode.Scalar.init).filter(GSMAlphabet.isExtension)
    #expect(Set(accepted) == Set(extensionTable))
    #expect(Set(accepted).isDisjoint(with: basicTable.compactMap { $0 }))
}

@Test(arguments: [
    ("@", 1), ("a", 1), ("\n", 1), ("\r", 1), ("Ç", 1), ("Δ", 1), ("¤", 1), ("à", 1),
    ("€", 2), ("{", 2), ("\\", 2), ("|", 2), ("^", 2), ("\u{0C}", 2),
] as [(Unicode.Scalar, Int)])
func septetsOfEncodableScalars(scalar: Unicode.Scalar, expected: Int) {
    #expect(GSMAlphabet.septets(for: scalar) == expected)
}

@Test(arguments: [
    "ç", "`", "\u{1B}", "\t", "ê", "á", "Á", "\u{0327}", "α", "Α", "ж", "😀", "\u{301}", "\u{A0}", "\u{200B}",
] as [Unicode.Scalar])
func scalarsOutsideTheAlphabetHaveNoSeptets(scalar: Unicode.Scalar) {
    #expect(GSMAlphabet.septets(for: scalar) == nil)
    #expect(!GSMAlphabet.isBasic(scalar))
    #expect(!GSMAlphabet.isExtension(scalar))
}

@Test(arguments: [
    ("", true),
    ("Hello @ £5, 100% ok?", true),
    ("Grüße aus Köln, Ærø & Ñandu", true),
    ("Ñandú", false), // ú is not in the alphabet (ù is)
    ("Ça va", true),
    ("ça va", false),
    ("Price: 5€ {net} [x] ~y~ |z| ^\\", true),
    ("line\r\nbreak", true),
    ("caf\u{E9}", true),    // precomposed é
    ("cafe\u{301}", false), // e + combining acute: one Character, but U+0301 is not GSM
    ("back`tick", false),
    ("Привет", false),
    ("ok 😀", false),
] as [(String, Bool)])
func canEncode(text: String, expected: Bool) {
    #expect(GSMAlphabet.canEncode(text) == expected)
}
