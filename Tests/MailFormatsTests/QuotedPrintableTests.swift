import Testing
@testable import MailFormats

@Suite struct QuotedPrintableTests {
    private func decode(_ text: String) -> String {
        String(decoding: QuotedPrintable.decode(Array(text.utf8)[...]), as: UTF8.self)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("caf=C3=A9", "café"),
        ("caf=c3=a9", "café"),
        ("soft=\r\nbreak", "softbreak"),
        ("soft=\nbreak", "softbreak"),
        ("soft=  \r\nbreak", "softbreak"),
        ("hard\r\nbreak\r\n", "hard\r\nbreak\r\n"),
        ("bare\nbreak\n", "bare\nbreak\n"),
        ("trailing spaces   \r\nremoved", "trailing spaces\r\nremoved"),
        ("encoded=20\r\n", "encoded \r\n"),
        ("bad =ZZ escape", "bad =ZZ escape"),
        ("ends with =", "ends with "),
        ("=4", "=4"),
        ("a=3Db", "a=b"),
    ])
    func decodes(encoded: String, decoded: String) {
        #expect(decode(encoded) == decoded)
    }

    @Test(arguments: [
        ("hello\n", "hello\r\n"),
        ("a=b", "a=3Db"),
        ("trailing \nspace", "trailing=20\r\nspace"),
        ("tab\t", "tab=09"),
        ("café", "caf=C3=A9"),
        ("crlf\r\nkept\r\n", "crlf\r\nkept\r\n"),
    ])
    func encodes(text: String, encoded: String) {
        #expect(QuotedPrintable.encode(Array(text.utf8)) == encoded)
    }

    @Test(arguments: [
        String(repeating: "x", count: 200),
        String(repeating: "é", count: 100),
        String(repeating: "ab= ", count: 60) + "\n" + String(repeating: "✓", count: 40) + "\n",
        "Server 23 is offline and has been since early this morning; the backup job also failed. Ünïcödé ✓",
    ])
    func wrapsLongLinesAndDecodesBack(text: String) {
        let encoded = QuotedPrintable.encode(Array(text.utf8))
        #expect(encoded.split(separator: "\r\n").allSatisfy { $0.count <= 76 })
        #expect(decode(encoded) == text.replacing("\n", with: "\r\n"))
    }
}
