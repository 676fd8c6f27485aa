import Foundation

/// Rewrites a text into the GSM 03.38 alphabet, character by character, for gateways that send a
/// non-GSM text as GSM-7 instead of switching to UCS-2 (LOX24 with `is_unicode: false`).
///
/// LOX24's OpenAPI document shows the rule by example (`example_sms_request_translit` and its
/// response): `Max`s` → `Max's`, `Háns` → `Hans`, `–` → `-`, while `André` and `längere` stay (é
/// and ä are GSM). In order, for each character:
/// 1. a GSM character (basic set or extension table) stays, also when sent decomposed (e + ◌́ is é);
/// 2. a typographic character with a plain twin becomes it (``replacements``: quotes, dashes,
///    spaces, ellipsis, …);
/// 3. otherwise its canonical decomposition without combining marks, when that is GSM (á → a, Ő → O);
/// 4. otherwise `?`.
public enum GSMTransliteration {
    /// Typographic characters and their GSM twins.
    static let replacements: [Unicode.Scalar: String] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'", "`": "'", "\u{00B4}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"", "\u{00AB}": "\"", "\u{00BB}": "\"",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2015}": "-", "\u{2212}": "-",
        "\u{00A0}": " ", "\u{2002}": " ", "\u{2003}": " ", "\u{2009}": " ", "\u{202F}": " ",
        "\u{2026}": "...", "\u{2022}": "*", "\u{00B7}": ".", "\u{2039}": "<", "\u{203A}": ">",
        "\u{0153}": "oe", "\u{0152}": "OE", "\u{00D0}": "D", "\u{00F0}": "d", "\u{0141}": "L", "\u{0142}": "l", "\u{0131}": "i",
    ]

    /// The text in GSM 03.38 characters only (``GSMAlphabet/canEncode(_:)`` holds for the result).
    public static func transliterate(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for character in text {
            if GSMAlphabet.canEncode(String(character)) {
                result.append(character)
                continue
            }
            result += transliterate(character)
        }
        return result
    }

    private static func transliterate(_ character: Character) -> String {
        let composed = String(character).precomposedStringWithCanonicalMapping
        if GSMAlphabet.canEncode(composed) { return composed }
        if character.unicodeScalars.count == 1, let first = character.unicodeScalars.first, let twin = replacements[first] {
            return twin
        }
        let decomposed = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
        let base = String(String.UnicodeScalarView(decomposed.filter { !$0.properties.isDiacritic && $0.properties.generalCategory != .nonspacingMark }))
        if !base.isEmpty, GSMAlphabet.canEncode(base) { return base }
        if let first = decomposed.first, let twin = replacements[first] { return twin }
        return "?"
    }
}
