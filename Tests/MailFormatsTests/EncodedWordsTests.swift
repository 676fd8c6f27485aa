import Testing
@testable import MailFormats

@Suite struct EncodedWordsTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("=?utf-8?b?R3LDvMOfZQ==?=", "Grüße"),
        ("=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=", "Grüße aus Köln"),
        ("=?iso-8859-1?q?caf=E9?=", "café"),
        ("=?ISO-8859-1?B?Y2Fm6Q==?=", "café"),
        ("=?windows-1252?q?=80_5?=", "€ 5"),
        ("=?us-ascii?q?plain?=", "plain"),
        ("=?utf-8*en?q?language?=", "language"),
        ("a =?utf-8?q?b?= c", "a b c"),
        ("=?utf-8?q?one?= =?utf-8?q?two?=", "onetwo"),
        ("=?utf-8?q?one?=\r\n =?utf-8?q?_two?=", "one two"),
        // A character split between two adjacent words is put back together.
        ("=?utf-8?b?R3LD?= =?utf-8?b?vMOfZQ==?=", "Grüße"),
        ("=?utf-8?q?a?= =?iso-8859-1?q?=E9?=", "aé"),
        ("=?utf-8?q?trailing?=  ", "trailing  "),
    ])
    func decodes(text: String, decoded: String) {
        #expect(EncodedWords.decode(text) == decoded)
    }

    @Test(arguments: [
        "=?utf-8?x?unknown encoding?=",
        "=?utf-8?q?bad=ZZescape?=",
        "=?utf-8?b?!!!!?=",
        "=?klingon?q?unknown_charset?=",
        "=?utf-8?q?unterminated",
        "=??q?no_charset?=",
        "=?utf-8?q?has space?=",
    ])
    func leavesMalformedWordsAsTheyAre(text: String) {
        #expect(EncodedWords.decode(text) == text)
    }

    @Test(arguments: [
        "ASCII stays as it is",
        "Grüße aus Köln",
        String(repeating: "Ünïcödé ✓ 👍 ", count: 12),
        "looks like =?an?encoded?= word",
    ])
    func encodesIntoWordsThatDecodeBack(text: String) {
        let words = EncodedWords.encode(text)
        #expect(words.allSatisfy { $0.count <= 64 })
        #expect(EncodedWords.decode(words.joined(separator: "\r\n ")) == text)
        #expect(EncodedWords.needsEncoding(text) == (words.first != text))
    }
}
