import Testing
import SMSDomain

@Test(arguments: [
    ("Háns", "Hans"), ("Max`s Haus", "Max's Haus"), ("André", "André"), ("längere: –", "längere: -"), ("„Zitat“", "\"Zitat\""),
    ("Wait…", "Wait..."), ("Łódź", "Lodz"), ("Ærø", "Ærø"), ("€5 {x}", "€5 {x}"), ("漢字", "??"), ("👍", "?"), ("a\u{00A0}b", "a b"),
    ("e\u{0301}", "é"), ("Œuvre", "OEuvre"),
])
func transliteratesToGSM(text: String, expected: String) {
    let result = GSMTransliteration.transliterate(text)
    #expect(result == expected)
    #expect(GSMAlphabet.canEncode(result))
}

/// The OpenAPI document's `example_sms_request_translit` and its response's text (248 characters, 2 parts).
@Test func theOpenAPITransliterationExample() {
    let request = "Nicht alle Sonderzeichen sind im GSM Zeichensatz enthalten, z.B. nur das richtige Apostroph: Anna's Auto geht, aber nicht Max`s Haus. Akzente gehen teilweise: André, jedoch nicht alle: Háns. Normale Bindestriche - gehen, nicht allerdings längere: –"
    let response = "Nicht alle Sonderzeichen sind im GSM Zeichensatz enthalten, z.B. nur das richtige Apostroph: Anna's Auto geht, aber nicht Max's Haus. Akzente gehen teilweise: André, jedoch nicht alle: Hans. Normale Bindestriche - gehen, nicht allerdings längere: -"
    #expect(GSMTransliteration.transliterate(request) == response)
    let count = SegmentCounter.count(response)
    #expect(count.characters == 248 && count.parts == 2 && count.encoding == .gsm7)
}
