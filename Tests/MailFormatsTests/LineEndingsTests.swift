@testable import MailFormats
import Testing

@Suite struct LineEndingsTests {
    @Test(arguments: [
        ("a\r\nb\r\n", "a\nb\n"),
        ("a\rb", "a\rb"),
        ("a\r\r\nb", "a\r\nb"),
        ("end\r", "end\r"),
        ("é\r\nж\r\n😀", "é\nж\n😀"),
        ("no breaks", "no breaks"),
        ("", ""),
    ])
    func crlfBecomesLFAndALoneCRStays(text: String, expected: String) {
        #expect(LineEndings.unix(text) == expected)
    }
}
