import Testing
import SMSDomain

/// `s` repeated `n` times.
private func r(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }

/// A text and the count and parts worked out by hand from the segmentation rules.
struct SegmentCase: Sendable, CustomTestStringConvertible {
    let label: String
    let text: String
    let expected: SegmentCount
    let parts: [String]
    var testDescription: String { label }

    init(_ label: String, _ text: String, _ encoding: SMSEncoding, characters: Int, units: Int,
         parts: [String], perPart: Int) {
        self.label = label
        self.text = text
        self.expected = SegmentCount(encoding: encoding, characters: characters, units: units,
                                     parts: parts.count, unitsPerPart: perPart)
        self.parts = parts
    }
}

private let cases: [SegmentCase] = [
    SegmentCase("empty", "", .gsm7, characters: 0, units: 0, parts: [""], perPart: 160),
    SegmentCase("160 GSM", r("a", 160), .gsm7, characters: 160, units: 160, parts: [r("a", 160)], perPart: 160),
    SegmentCase("161 GSM", r("a", 161), .gsm7, characters: 161, units: 161, parts: [r("a", 153), r("a", 8)], perPart: 153),
    SegmentCase("306 GSM", r("a", 306), .gsm7, characters: 306, units: 306, parts: [r("a", 153), r("a", 153)], perPart: 153),
    SegmentCase("307 GSM", r("a", 307), .gsm7, characters: 307, units: 307,
                parts: [r("a", 153), r("a", 153), "a"], perPart: 153),
    SegmentCase("459 GSM", r("a", 459), .gsm7, characters: 459, units: 459,
                parts: [r("a", 153), r("a", 153), r("a", 153)], perPart: 153),
    SegmentCase("460 GSM", r("a", 460), .gsm7, characters: 460, units: 460,
                parts: [r("a", 153), r("a", 153), r("a", 153), "a"], perPart: 153),
    // 152 + 2 would be 154 > 153: the € starts part 2, part 1 holds 152.
    SegmentCase("€ at septet 153", r("a", 152) + "€" + r("b", 10), .gsm7, characters: 163, units: 164,
                parts: [r("a", 152), "€" + r("b", 10)], perPart: 153),
    // 151 + 2 = 153 fits exactly.
    SegmentCase("{ ending at septet 153", r("a", 151) + "{" + r("b", 10), .gsm7, characters: 162, units: 163,
                parts: [r("a", 151) + "{", r("b", 10)], perPart: 153),
    // 306 septets would fit two parts, but the moved € pushes the last "a" into a third.
    SegmentCase("straddle costs a part", r("a", 152) + "€" + r("a", 152), .gsm7, characters: 305, units: 306,
                parts: [r("a", 152), "€" + r("a", 151), "a"], perPart: 153),
    SegmentCase("158 + € = 160 septets", r("a", 158) + "€", .gsm7, characters: 159, units: 160,
                parts: [r("a", 158) + "€"], perPart: 160),
    SegmentCase("159 + € = 161 septets", r("a", 159) + "€", .gsm7, characters: 160, units: 161,
                parts: [r("a", 153), r("a", 6) + "€"], perPart: 153),
    SegmentCase("80 €", r("€", 80), .gsm7, characters: 80, units: 160, parts: [r("€", 80)], perPart: 160),
    SegmentCase("81 €", r("€", 81), .gsm7, characters: 81, units: 162, parts: [r("€", 76), r("€", 5)], perPart: 153),
    SegmentCase("CRLF counts 2", "a\r\nb", .gsm7, characters: 4, units: 4, parts: ["a\r\nb"], perPart: 160),
    SegmentCase("158 + CRLF = 160", r("a", 158) + "\r\n", .gsm7, characters: 160, units: 160,
                parts: [r("a", 158) + "\r\n"], perPart: 160),
    SegmentCase("159 + CRLF = 161", r("a", 159) + "\r\n", .gsm7, characters: 161, units: 161,
                parts: [r("a", 153), r("a", 6) + "\r\n"], perPart: 153),
    SegmentCase("Ç is GSM", "Ça va", .gsm7, characters: 5, units: 5, parts: ["Ça va"], perPart: 160),
    SegmentCase("ç forces UCS-2", "ça va", .ucs2, characters: 5, units: 5, parts: ["ça va"], perPart: 70),
    SegmentCase("69 + ç = 70 units", r("a", 69) + "ç", .ucs2, characters: 70, units: 70,
                parts: [r("a", 69) + "ç"], perPart: 70),
    SegmentCase("70 + ç = 71 units", r("a", 70) + "ç", .ucs2, characters: 71, units: 71,
                parts: [r("a", 67), "aaaç"], perPart: 67),
    SegmentCase("70 UCS-2", r("ж", 70), .ucs2, characters: 70, units: 70, parts: [r("ж", 70)], perPart: 70),
    SegmentCase("71 UCS-2", r("ж", 71), .ucs2, characters: 71, units: 71, parts: [r("ж", 67), r("ж", 4)], perPart: 67),
    SegmentCase("134 UCS-2", r("ж", 134), .ucs2, characters: 134, units: 134,
                parts: [r("ж", 67), r("ж", 67)], perPart: 67),
    SegmentCase("135 UCS-2", r("ж", 135), .ucs2, characters: 135, units: 135,
                parts: [r("ж", 67), r("ж", 67), "ж"], perPart: 67),
    // 66 + 2 would be 68 > 67: the surrogate pair starts part 2.
    SegmentCase("emoji at unit 67", r("ж", 66) + "😀" + r("ж", 10), .ucs2, characters: 77, units: 78,
                parts: [r("ж", 66), "😀" + r("ж", 10)], perPart: 67),
    SegmentCase("emoji ending at unit 67", r("ж", 65) + "😀" + r("ж", 10), .ucs2, characters: 76, units: 77,
                parts: [r("ж", 65) + "😀", r("ж", 10)], perPart: 67),
    SegmentCase("35 emoji = 70 units", r("😀", 35), .ucs2, characters: 35, units: 70, parts: [r("😀", 35)], perPart: 70),
    SegmentCase("36 emoji = 72 units", r("😀", 36), .ucs2, characters: 36, units: 72,
                parts: [r("😀", 33), r("😀", 3)], perPart: 67),
    SegmentCase("combining accent", "cafe\u{301}", .ucs2, characters: 5, units: 5, parts: ["cafe\u{301}"], perPart: 70),
    SegmentCase("flag is 2 scalars, 4 units", "🇩🇪", .ucs2, characters: 2, units: 4, parts: ["🇩🇪"], perPart: 70),
    SegmentCase("€ is 2 septets", "Hello €", .gsm7, characters: 7, units: 8, parts: ["Hello €"], perPart: 160),
    SegmentCase("€ is 1 UCS-2 unit", "ж€", .ucs2, characters: 2, units: 2, parts: ["ж€"], perPart: 70),
]

@Test(arguments: cases)
func countFollowsTheRules(c: SegmentCase) {
    #expect(SegmentCounter.count(c.text) == c.expected)
}

@Test(arguments: cases)
func splitFollowsTheRules(c: SegmentCase) {
    let parts = SegmentCounter.split(c.text)
    #expect(parts == c.parts)
    #expect(parts.joined() == c.text)
    #expect(parts.count == SegmentCounter.count(c.text).parts)
}

@Test(arguments: [
    ("hello", SMSEncoding.gsm7, SegmentCount(encoding: .gsm7, characters: 5, units: 5, parts: 1, unitsPerPart: 160)),
    ("hello", .ucs2, SegmentCount(encoding: .ucs2, characters: 5, units: 5, parts: 1, unitsPerPart: 70)),
    (r("a", 71), .ucs2, SegmentCount(encoding: .ucs2, characters: 71, units: 71, parts: 2, unitsPerPart: 67)),
    (r("a", 71), .gsm7, SegmentCount(encoding: .gsm7, characters: 71, units: 71, parts: 1, unitsPerPart: 160)),
    ("€{", .ucs2, SegmentCount(encoding: .ucs2, characters: 2, units: 2, parts: 1, unitsPerPart: 70)),
    ("", .ucs2, SegmentCount(encoding: .ucs2, characters: 0, units: 0, parts: 1, unitsPerPart: 70)),
] as [(String, SMSEncoding, SegmentCount)])
func forcedEncodingCounts(text: String, encoding: SMSEncoding, expected: SegmentCount) {
    #expect(SegmentCounter.count(text, encoding: encoding) == expected)
}

@Test(arguments: ["ж", "ça", "😀", "cafe\u{301}", "`"])
func forcingGSM7OnNonGSMTextGivesNil(text: String) {
    #expect(SegmentCounter.count(text, encoding: .gsm7) == nil)
    #expect(SegmentCounter.split(text, encoding: .gsm7) == nil)
}

@Test(arguments: [
    (r("a", 71), SMSEncoding.ucs2, [r("a", 67), "aaaa"]),
    (r("a", 71), .gsm7, [r("a", 71)]),
    ("", .ucs2, [""]),
    (r("€", 81), .ucs2, [r("€", 67), r("€", 14)]),
] as [(String, SMSEncoding, [String])])
func forcedEncodingSplits(text: String, encoding: SMSEncoding, expected: [String]) {
    #expect(SegmentCounter.split(text, encoding: encoding) == expected)
}
