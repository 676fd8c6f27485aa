import Testing
@testable import MailFormats

@Suite struct MailParserTests {
    @Test func readsPythonsPlainMessage() throws {
        let message = try MailParser.parse(PythonFixtures.plain)
        #expect(message.subject == "System Alert")
        #expect(message.fromAddress == "user@your_domain.com")
        #expect(message.toAddresses == ["61409000000@mail.completesms.net"])
        #expect(message.textBody == "[SENDER]\nID=CI00000001\nPW=myPassword\n\nServer 23 is offline.\n")
        #expect(message.attachments.isEmpty)
        #expect(message.defects.isEmpty)
        #expect(message.root.body == Array("[SENDER]\r\nID=CI00000001\r\nPW=myPassword\r\n\r\nServer 23 is offline.\r\n".utf8))
    }

    @Test func readsPythonsQuotedPrintableLongLine() throws {
        let message = try MailParser.parse(PythonFixtures.longLine)
        let sentence = "Server 23 is offline and has been since early this morning; the backup job also failed. "
        #expect(message.textBody == "X-Cellphone:61409000000\n\n" + String(repeating: sentence, count: 3) + "Ünïcödé ✓\n")
        #expect(message.subject == "")
    }

    @Test func readsPythonsCSVAttachment() throws {
        let message = try MailParser.parse(PythonFixtures.csvAttachment)
        #expect(message.from == "\"Jane Doe\" <user@your_domain.com>")
        #expect(message.fromAddress == "user@your_domain.com")
        #expect(message.textBody == "[SENDER]\nID=CI00000001\nPW=myPassword\n")
        #expect(message.attachments == [MailAttachment(
            filename: "CI00000001161223151959.csv", contentType: "text/csv",
            data: Array("61409000000,Server 23 is offline.\r\n61409000001,\"Server 24, too\"\r\n".utf8)
        )])
        #expect(message.parts.map(\.id) == ["1", "2"])
        #expect(message.root.contentType == "multipart/mixed")
    }

    @Test func readsPythonsFoldedNonASCIISubject() throws {
        let message = try MailParser.parse(PythonFixtures.nonASCIISubject)
        #expect(message.subject == "Grüße aus Köln – Serverstatus: alles in Ordnung, keine Störungen gemeldet 👍")
        #expect(message.headers.first { $0.name == "Subject" }?.value.hasPrefix("=?utf-8?b?") == true)
    }

    @Test func readsPythonsNestedAlternativeWithBareLineFeeds() throws {
        let message = try MailParser.parse(PythonFixtures.alternativeNested)
        #expect(message.parts.map(\.id) == ["1.1", "1.2", "2"])
        #expect(message.parts.map(\.contentType) == ["text/plain", "text/html", "application/octet-stream"])
        #expect(message.root.parts.first?.contentType == "multipart/alternative")
        #expect(message.textBody == "plain part\n")
        #expect(message.attachments == [MailAttachment(filename: "Liste für März.csv", contentType: "application/octet-stream", data: Array("\u{0}\u{1}binary".utf8))])
    }

    @Test func readsPythonsLatin1QuotedPrintable() throws {
        let message = try MailParser.parse(PythonFixtures.latin1)
        #expect(message.textBody == "Café olé\n")
        #expect(message.root.charset == "iso-8859-1")
    }

    @Test(arguments: [
        // (message, expected text body)
        ("Subject: x\r\n\r\nno MIME headers at all\r\n", "no MIME headers at all\n"),
        ("Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\u{93}quoted\u{94} \u{80}5\r\n", "“quoted” €5\n"),
        ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVs\r\nbG8g4pyT\r\n", "Hello ✓"),
        ("Content-Type: TEXT/PLAIN; CHARSET=\"US-ASCII\"\r\n\r\nupper case\r\n", "upper case\n"),
        ("Content-Type: text\r\n\r\ninvalid type means text/plain\r\n", "invalid type means text/plain\n"),
        ("Subject: headers only", ""),
        ("\r\nonly a body\r\n", "only a body\n"),
    ])
    func readsBodies(message: String, text: String) throws {
        let bytes = Array(message.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }) // Scalars below 256 as bytes.
        #expect(try MailParser.parse(bytes).textBody == text)
    }

    @Test func aMultipartWithoutItsClosingBoundaryIsReadWithADefect() throws {
        let text = "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nfirst\r\n--b\r\nContent-Type: text/csv; name=a.csv\r\n\r\n1,2\r\n"
        let message = try MailParser.parse(Array(text.utf8))
        #expect(message.textBody == "first")
        #expect(message.attachments.first?.data == Array("1,2\r\n".utf8))
        #expect(message.defects == [.missingClosingBoundary(boundary: "b", part: "")])
    }

    @Test(arguments: [
        ("Subject: ok\r\nthis is not a header\r\n\r\nbody", MailParseError.malformedHeader(line: 2, part: "", text: "this is not a header")),
        (" leading continuation\r\nSubject: x\r\n\r\n", .continuationWithoutField(line: 1, part: "")),
        ("Subject: a\r\nContent-Type: multipart/mixed\r\n\r\nbody", .missingBoundary(line: 2, part: "")),
        ("Content-Type: multipart/mixed; boundary=zz\r\n\r\nno delimiter here\r\n", .boundaryNotFound(boundary: "zz", line: 1, part: "")),
        ("Content-Transfer-Encoding: base64\r\n\r\nZm9v\r\nZm9v!\r\n", .invalidBase64(line: 4, part: "")),
        (
            "Content-Type: multipart/mixed; boundary=o\r\n\r\n--o\r\nContent-Type: text/plain\r\n\r\nfine\r\n--o\r\nContent-Type: text/plain\r\nBad line\r\n\r\nx\r\n--o--\r\n",
            .malformedHeader(line: 9, part: "2", text: "Bad line")
        ),
        (
            "Content-Type: multipart/mixed; boundary=o\r\n\r\n--o\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%\r\n--o--\r\n",
            .invalidBase64(line: 6, part: "1")
        ),
    ])
    func errorsNameTheLineAndPart(message: String, error: MailParseError) {
        #expect(throws: error) { try MailParser.parse(Array(message.utf8)) }
    }

    @Test func deepNestingIsRefused() {
        var text = ""
        for level in 0...MailParser.maxNestingDepth { text += "Content-Type: multipart/mixed; boundary=b\(level)\r\n\r\n--b\(level)\r\n" }
        text += "\r\nleaf\r\n"
        #expect { try MailParser.parse(Array(text.utf8)) } throws: { error in
            if case .nestingTooDeep? = error as? MailParseError { return true }
            return false
        }
    }

    @Test func unknownEncodingsAndCharsetsAreReadWithDefects() throws {
        let text = "Content-Type: text/plain; charset=klingon\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nabc\r\n"
        let message = try MailParser.parse(Array(text.utf8))
        #expect(message.textBody == "abc\n")
        #expect(message.defects == [.unknownTransferEncoding("x-uuencode", part: ""), .unknownCharset("klingon", part: "")])
    }

    @Test func garbageNeverCrashes() {
        var generator = SplitMix64(seed: 42)
        for length in [0, 1, 2, 10, 100, 1000, 10_000] {
            for _ in 0..<20 {
                let alphabet = Array("\r\n:-= ;\"abc=?Bq_-".utf8) + [0, 0xFF, 0xC3]
                let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                _ = try? MailParser.parse(Array("Content-Type: multipart/mixed; boundary=-\r\n\r\n--\r\n".utf8) + bytes)
                _ = try? MailParser.parse(bytes)
            }
        }
    }
}

/// A small seeded generator so "random" inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
