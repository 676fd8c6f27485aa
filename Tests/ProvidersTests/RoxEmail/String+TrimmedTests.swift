@testable import Providers
import Testing

@Suite struct StringTrimmedTests {
    @Test(arguments: [(" \t text \n", "text"), ("\n\n", ""), ("a b", "a b"), ("\u{00A0}x\u{2003}", "x")])
    func trimmingRemovesWhiteSpaceAtBothEnds(text: String, expected: String) {
        #expect(text.trimmed == expected)
    }
}
