import Testing
@testable import MailFormats

@Suite struct MailHeaderSectionTests {
    private func section(_ text: String, part: String = "") throws -> (MailHeaderSection, [MailParseError], ArraySlice<UInt8>) {
        let bytes = Array(text.utf8)[...]
        var defects: [MailParseError] = []
        let section = try MailHeaderSection(bytes, firstLine: 1, part: part, defects: &defects)
        return (section, defects, bytes[section.bodyStart...])
    }

    @Test(arguments: [
        ("Subject: a\r\n b\r\n\tc\r\n\r\nbody", "a b\tc"),
        ("Subject: a\n  b\n\nbody", "a  b"),
        ("Subject:   spaced   \r\n\r\n", "spaced"),
        ("Subject :obsolete space\r\n\r\n", "obsolete space"),
        ("Subject: Grüße\r\n\r\n", "Grüße"),
        ("Subject: =?utf-8?q?kept?=\r\n\r\n", "=?utf-8?q?kept?="),
    ])
    func unfoldsValues(text: String, value: String) throws {
        let (section, _, _) = try section(text)
        #expect(section.headers.first?.value == value)
    }

    @Test func rawEightBitHeadersThatAreNotUTF8AreReadAsWindows1252() throws {
        var defects: [MailParseError] = []
        let bytes = Array("Subject: caf".utf8) + [0xE9] + Array("\r\n\r\n".utf8)
        let section = try MailHeaderSection(bytes[...], firstLine: 1, part: "", defects: &defects)
        #expect(section.headers.first?.value == "café")
    }

    @Test func findsTheBodyAndItsFirstLine() throws {
        let (section, defects, body) = try section("A: 1\r\nB: 2\r\n  more\r\n\r\nline 5\r\n")
        #expect(section.headers == [MailHeader(name: "A", value: "1"), MailHeader(name: "B", value: "2  more")])
        #expect(section.lines == [1, 2])
        #expect(section.line(of: "b") == 2)
        #expect(section.bodyFirstLine == 5)
        #expect(String(decoding: body, as: UTF8.self) == "line 5\r\n")
        #expect(defects.isEmpty)
    }

    @Test func aPartWithoutHeadersIsAllBody() throws {
        let (section, defects, body) = try section("just text\r\nmore\r\n", part: "2")
        #expect(section.headers.isEmpty)
        #expect(String(decoding: body, as: UTF8.self) == "just text\r\nmore\r\n")
        #expect(defects == [.missingHeaderSection(line: 1, part: "2")])
    }

    @Test func anMboxFromLineIsSkipped() throws {
        let (section, defects, _) = try section("From someone@example.com Mon Jan  1 00:00:00 2024\r\nSubject: x\r\n\r\n")
        #expect(section.headers == [MailHeader(name: "Subject", value: "x")])
        #expect(section.lines == [2])
        #expect(defects.isEmpty)
    }

    @Test func aWhiteSpaceLineBeforeAnyFieldEndsTheSection() throws {
        let (section, _, body) = try section("  \r\nbody\r\n", part: "1")
        #expect(section.headers.isEmpty)
        #expect(String(decoding: body, as: UTF8.self) == "body\r\n")
    }

    @Test(arguments: [
        ("A: 1\r\nnot a header\r\n\r\n", MailParseError.malformedHeader(line: 2, part: "3", text: "not a header")),
        ("A: 1\r\n: no name\r\n\r\n", .malformedHeader(line: 2, part: "3", text: ": no name")),
        ("\tcontinued\r\n", .continuationWithoutField(line: 1, part: "3")),
    ])
    func refusesMalformedSections(text: String, error: MailParseError) {
        #expect(throws: error) { try section(text, part: "3") }
    }
}
