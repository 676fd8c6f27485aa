import Testing
@testable import MailFormats

@Suite struct MailLinesTests {
    @Test(arguments: [
        ("a\r\nb\nc", ["a", "b", "c"], [true, true, false]),
        ("\r\n\n", ["", ""], [true, true]),
        ("bare\rcr\n", ["bare\rcr"], [true]),
        ("", [], []),
    ])
    func splitsAtLineFeeds(text: String, lines: [String], terminated: [Bool]) {
        let bytes = Array(text.utf8)[...]
        let found = Array(MailLines(bytes))
        #expect(found.map { String(decoding: bytes[$0.content], as: UTF8.self) } == lines)
        #expect(found.map(\.isTerminated) == terminated)
    }

    @Test func usesTheSlicesOwnIndices() {
        let bytes = Array("xxa\r\nb".utf8)[2...]
        #expect(Array(MailLines(bytes)).map(\.content) == [2..<3, 5..<6])
        #expect(Array(MailLines(bytes)).map(\.next) == [5, 6])
    }
}
