import ContractHarness
import Testing

@Suite struct ProgressLineTests {
    @Test(arguments: [
        (ProgressLine(done: 12, total: 302, current: "lox24/get-by-uuid", elapsed: 3.27), "[ 12/302] 3% 3.2 s  lox24/get-by-uuid"),
        (ProgressLine(done: 302, total: 302, current: "iovox/x", elapsed: 61), "[302/302] 100% 61.0 s  iovox/x"),
        (ProgressLine(done: 0, total: 0, current: "", elapsed: 0), "[0/0] 100% 0.0 s  "),
    ])
    func text(_ line: ProgressLine, _ expected: String) {
        #expect(line.text() == expected)
    }

    @Test func longLinesAreCutToTheWidth() {
        let line = ProgressLine(done: 1, total: 9, current: String(repeating: "x", count: 200), elapsed: 1)
        let text = line.text(width: 40)
        #expect(text.count == 39)
        #expect(text.hasSuffix("…"))
    }

    /// A width from `COLUMNS` can be anything: the narrowest line is 10 columns, and no width overflows.
    @Test(arguments: [Int.min, -1, 0, 11])
    func narrowOrNegativeWidthsCutToTenColumns(_ width: Int) {
        let text = ProgressLine(done: 1, total: 9, current: String(repeating: "x", count: 200), elapsed: 1).text(width: width)
        #expect(text.count == 10)
        #expect(text.hasSuffix("…"))
    }

    @Test func redrawReturnsToTheStartAndErasesTheLine() {
        #expect(ProgressLine.redraw("abc") == "\r\u{1B}[2Kabc")
        #expect(ProgressLine.erase == "\r\u{1B}[2K")
    }
}
