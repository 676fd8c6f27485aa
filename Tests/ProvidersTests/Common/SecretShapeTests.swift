import Providers
import Testing

@Suite struct SecretShapeTests {
    @Test(arguments: [
        ("sent with 1234567:0123456789abcdef0123456789abcdef in it", "1234567:0123456789abcdef0123456789abcdef"),
        ("token=42345:ABCDEF0123456789abcdef0123456789 end", "42345:ABCDEF0123456789abcdef0123456789"),
        ("1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx", nil),
        ("12:0123456789abcdef0123456789abcdef", nil),
        ("1234567:0123456789abcdef0123456789abcdef0", nil),
        ("", nil),
    ] as [(String, String?)])
    func theLOX24TokenShapeFindsTokensOnly(text: String, expected: String?) {
        #expect(LOX24Provider.tokenShape.firstMatch(in: text) == expected)
    }

    @Test func anInvalidPatternIsReportedAndMatchesNothing() {
        let broken = SecretShape(name: "broken", pattern: "([a-z")
        #expect(!broken.isValid)
        #expect(broken.firstMatch(in: "abc") == nil)
        #expect(LOX24Provider.tokenShape.isValid)
    }
}
