import ContractHarness
import StructuredData
import Testing

@Suite struct DifferenceTextTests {
    static let long = String(repeating: "a", count: 1203)

    @Test func longStringsAreShownAroundTheirFirstDifferenceWithACaret() throws {
        let difference = Difference(source: .spec, path: "send/body/$.text", expected: .string(Self.long + "b" + String(repeating: "c", count: 326)),
                                    actual: .string(Self.long + "x" + String(repeating: "c", count: 327)))
        let window = try #require(DifferenceText.window(difference))
        #expect(window.offset == 1203)
        #expect(window.expectedLength == 1530 && window.actualLength == 1531)
        #expect(window.expected == "…" + String(repeating: "a", count: 30) + "b" + String(repeating: "c", count: 29) + "…")
        let lines = DifferenceText.lines(difference)
        #expect(lines[0] == "send/body/$.text [spec]: strings differ at character 1204 (expected 1530 characters, got 1531)")
        let caret = try #require(lines.last?.firstIndex(of: "^"))
        let actualLine = lines[2]
        #expect(actualLine.distance(from: actualLine.startIndex, to: actualLine.firstIndex(of: "x") ?? actualLine.endIndex)
            == lines[3].distance(from: lines[3].startIndex, to: caret))
        #expect(difference.description.count < 300) // Not the two 1,500-character values.
        #expect(difference.description.contains("strings differ at character 1204"))
    }

    @Test func aPrefixDiffersAtItsEnd() throws {
        let difference = Difference(source: .cassette, path: "p", expected: .string(Self.long), actual: .string(Self.long + "!"))
        let window = try #require(DifferenceText.window(difference))
        #expect(window.offset == 1203)
        #expect(window.actual.hasSuffix("a!"))
    }

    @Test(arguments: [
        Difference(source: .spec, path: "p", expected: "short", actual: "shirt"),
        Difference(source: .spec, path: "p", expected: .string(DifferenceTextTests.long), actual: 3),
        Difference(source: .spec, path: "p", expected: nil, actual: .string(DifferenceTextTests.long)),
        Difference(source: .spec, path: "p", expected: .string(DifferenceTextTests.long), actual: .string(DifferenceTextTests.long + "b"), message: "expected a UUID"),
    ])
    func otherDifferencesKeepTheirOneLine(difference: Difference) {
        #expect(DifferenceText.window(difference) == nil)
        #expect(DifferenceText.lines(difference) == [difference.description])
    }

    @Test func lineBreaksShowAsSymbolsSoTheCaretStaysInPlace() throws {
        let text = String(repeating: "x", count: 70)
        let difference = Difference(source: .spec, path: "p", expected: .string(text + "\nA"), actual: .string(text + "\nB"))
        let window = try #require(DifferenceText.window(difference))
        #expect(window.expected.hasSuffix("↵A"))
        #expect(!window.expected.contains("\n"))
    }
}
