import Testing
@testable import Wire

@Suite struct SMTPMessageAccumulatorTests {
    /// Appends each line (nil for an over-long one) until the terminator; returns the outcome and lines used.
    private func accumulate(_ lines: [String?], maxBytes: Int = 1000) -> (SMTPMessageAccumulator.Outcome, Int) {
        var accumulator = SMTPMessageAccumulator(maxBytes: maxBytes)
        for (index, line) in lines.enumerated() {
            guard let line else {
                accumulator.lineTooLong()
                continue
            }
            let crlf = !line.hasSuffix("<LF>")
            let content = crlf ? line : String(line.dropLast(4))
            if accumulator.append(line: Array(content.utf8), crlf: crlf) { return (accumulator.outcome, index + 1) }
        }
        return (accumulator.outcome, lines.count)
    }

    private static func complete(_ text: String) -> SMTPMessageAccumulator.Outcome {
        .complete(Array(text.utf8))
    }

    @Test(arguments: [
        (["a", "b", "."], complete("a\r\nb\r\n"), 3),
        (["."], complete(""), 1),
        ([".."], complete(".\r\n"), 1),
        (["..", "...x", ".y", "."], complete(".\r\n..x\r\ny\r\n"), 4),
        (["a<LF>", ".<LF>"], complete("a\n"), 2),
        ([" .", ".", "after"], complete(" .\r\n"), 2),
        (["x", nil, "y", "."], .lineTooLong(line: 2), 4),
        ([nil, nil, "."], .lineTooLong(line: 1), 3),
    ])
    func collectsUntilTheDot(lines: [String?], outcome: SMTPMessageAccumulator.Outcome, used: Int) {
        let (actual, count) = accumulate(lines)
        #expect(actual == outcome)
        #expect(count == used)
    }

    @Test(arguments: [(9, complete("abc\r\nde\r\n")), (8, .tooLarge(size: 9)), (0, .tooLarge(size: 9))])
    func countsTheUnstuffedSizeAgainstTheLimit(maxBytes: Int, outcome: SMTPMessageAccumulator.Outcome) {
        // Lines: "abc" (5 bytes with CRLF) and ".de" unstuffed to "de" (4): 9 bytes.
        let (actual, _) = accumulate(["abc", ".de", "."], maxBytes: maxBytes)
        #expect(actual == outcome)
    }
}
