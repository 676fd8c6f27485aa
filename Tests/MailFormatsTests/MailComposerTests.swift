import Testing
@testable import MailFormats

@Suite struct MailComposerTests {
    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func writesAPlainTextMessage() {
        let bytes = MailComposer.compose(
            from: "user@your_domain.com", to: ["61409000000@mail.completesms.net"], subject: "System Alert",
            body: "[SENDER]\nID=CI00000001\nPW=myPassword\n\nServer 23 is offline."
        )
        #expect(text(bytes) == """
            From: user@your_domain.com\r
            To: 61409000000@mail.completesms.net\r
            Subject: System Alert\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset="utf-8"\r
            Content-Transfer-Encoding: 7bit\r
            \r
            [SENDER]\r
            ID=CI00000001\r
            PW=myPassword\r
            \r
            Server 23 is offline.\r

            """)
    }

    @Test func writesAttachmentsAsBase64InMultipartMixed() throws {
        let csv = MailAttachment(filename: "CI00000001161223151959.csv", contentType: "text/csv", data: Array("61409000000,Server 23 is offline.\r\n".utf8))
        let bytes = MailComposer.compose(from: "user@your_domain.com", to: ["bulksms@mail.completesms.net"], subject: nil, body: "[SENDER]\nID=CI00000001\nPW=myPassword\n", attachments: [csv])
        let output = text(bytes)
        let boundary = try #require(output.firstRange(of: "boundary=\"").map { output[$0.upperBound...].prefix { $0 != "\"" } })
        #expect(output.contains("""
            --\(boundary)\r
            Content-Type: text/csv; name="CI00000001161223151959.csv"\r
            Content-Disposition: attachment; filename="CI00000001161223151959.csv"\r
            Content-Transfer-Encoding: base64\r
            \r
            NjE0MDkwMDAwMDAsU2VydmVyIDIzIGlzIG9mZmxpbmUuDQo=\r
            \r
            --\(boundary)--\r

            """))
        #expect(!output.contains("Subject"))
        let message = try MailParser.parse(bytes)
        #expect(message.attachments == [csv])
        #expect(message.textBody == "[SENDER]\nID=CI00000001\nPW=myPassword\n")
        #expect(message.defects.isEmpty)
        #expect(MailComposer.compose(from: "user@your_domain.com", to: ["bulksms@mail.completesms.net"], subject: nil, body: "[SENDER]\nID=CI00000001\nPW=myPassword\n", attachments: [csv]) == bytes)
    }

    @Test(arguments: [
        ("Server 23 is offline.", "7bit"),
        ("Grüße ✓", "quoted-printable"),
        (String(repeating: "x", count: 998), "7bit"),
        (String(repeating: "x", count: 999), "quoted-printable"),
        ("bare\rcarriage return", "quoted-printable"),
    ])
    func choosesQuotedPrintableOnlyWhenNeeded(body: String, encoding: String) throws {
        let bytes = MailComposer.compose(from: "a@b.test", to: ["x@y.test"], subject: "s", body: body)
        #expect(text(bytes).contains("Content-Transfer-Encoding: \(encoding)\r\n"))
        #expect(try MailParser.parse(bytes).textBody == body + "\n")
    }

    @Test(arguments: [
        ("Grüße aus Köln – Serverstatus: alles in Ordnung, keine Störungen gemeldet 👍", true),
        ("A plain subject that is long enough to need folding onto a second line somewhere in the middle", false),
        ("", false),
        ("has =?fake?q?word?= inside", true),
    ])
    func subjectsRoundTrip(subject: String, encoded: Bool) throws {
        let bytes = MailComposer.compose(from: "a@b.test", to: ["x@y.test"], subject: subject, body: "b")
        let output = text(bytes)
        #expect(output.split(separator: "\r\n").allSatisfy { $0.count <= 78 })
        #expect(output.contains("Subject: =?utf-8?b?") == encoded)
        #expect(try MailParser.parse(bytes).subject == subject)
    }

    @Test func foldsLongRecipientListsAndEncodesDisplayNames() throws {
        let recipients = (0..<10).map { "6140900000\($0)@mail.completesms.net" }
        let bytes = MailComposer.compose(from: "Jörg Müller <joerg@your_domain.com>", to: recipients + ["Doe, Jane <jane@x.test>"], subject: "s", body: "b")
        #expect(text(bytes).split(separator: "\r\n").allSatisfy { $0.count <= 78 })
        let message = try MailParser.parse(bytes)
        #expect(message.toAddresses == recipients + ["jane@x.test"])
        #expect(message.from == "Jörg Müller <joerg@your_domain.com>")
        #expect(message.fromAddress == "joerg@your_domain.com")
        #expect(message.header("To")?.contains("\"Doe, Jane\" <jane@x.test>") == true)
    }

    @Test func nonASCIIFileNamesUseRFC2231() throws {
        let attachment = MailAttachment(filename: "Liste für März \"1\".csv", contentType: "text/csv", data: [1, 2, 3])
        let bytes = MailComposer.compose(from: "a@b.test", to: ["x@y.test"], subject: nil, body: "", attachments: [attachment])
        #expect(text(bytes).contains("filename*=utf-8''Liste%20f%C3%BCr%20M%C3%A4rz%20%221%22.csv"))
        #expect(try MailParser.parse(bytes).attachments == [attachment])
    }

    @Test func lineBreaksInHeaderValuesCannotInjectFields() throws {
        let bytes = MailComposer.compose(
            from: "a@b.test\r\nBcc: victim@x.test", to: ["x@y.test"], subject: "s\nX-Injected: 1", body: "b",
            extraHeaders: [MailHeader(name: "Message-ID", value: "<1@b.test>"), MailHeader(name: "X-Evil", value: "v\r\nBcc: x")]
        )
        let message = try MailParser.parse(bytes)
        #expect(message.header("Bcc") == nil)
        #expect(message.header("X-Injected") == nil)
        #expect(message.header("Message-ID") == "<1@b.test>")
        #expect(message.subject == "s X-Injected: 1")
    }
}
