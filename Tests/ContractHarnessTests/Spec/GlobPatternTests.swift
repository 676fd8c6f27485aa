import ContractHarness
import Testing

@Suite struct GlobPatternTests {
    @Test(arguments: [
        ("lox24/*", "lox24/get-by-uuid", true),
        ("lox24/*", "iovox/get", false),
        ("*fault*", "lox24/fault-latency", true),
        ("*", "", true),
        ("", "", true),
        ("", "a", false),
        ("iovox/origin-?", "iovox/origin-x", true),
        ("iovox/origin-?", "iovox/origin-xy", false),
        ("*-1[12]-*", "iovox/origin-name-11-characters", true),
        ("*-1[12]-*", "iovox/origin-number-15-16-digits", false),
        ("[!a-k]*", "lox24/x", true),
        ("[!a-k]*", "iovox/x", false),
        ("Specs/lox24/*.json", "Specs/lox24/get-by-uuid.json", true),
        ("a*b*c", "aXXbYYc", true),
        ("a*b*c", "aXXbYY", false),
        ("[abc", "[abc", true),
        ("**", "anything/at/all", true),
    ])
    func matches(_ pattern: String, _ text: String, _ expected: Bool) {
        #expect(GlobPattern(pattern).matches(text) == expected)
    }

    @Test func describesItselfAsWritten() {
        #expect(GlobPattern("lox24/*").description == "lox24/*")
    }
}
