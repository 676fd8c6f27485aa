import Testing
@testable import MailFormats

@Suite struct MailMessageTests {
    private func message(_ text: String) throws -> MailMessage {
        try MailParser.parse(Array(text.utf8))
    }

    @Test func exposesTheHeadersAUserNeeds() throws {
        let message = try message("""
            From: =?utf-8?q?J=C3=B6rg?= <joerg@your_domain.com>\r
            To: a@x.test, "B, C" <bc@x.test>\r
            To: d@x.test\r
            Subject: Hello\r
            Received: one\r
            Received: two\r
            \r
            body\r

            """)
        #expect(message.from == "Jörg <joerg@your_domain.com>")
        #expect(message.fromAddress == "joerg@your_domain.com")
        #expect(message.toAddresses == ["a@x.test", "bc@x.test", "d@x.test"])
        #expect(message.subject == "Hello")
        #expect(message.headers(named: "received") == ["one", "two"])
        #expect(message.header("subject") == "Hello")
        #expect(message.header("Cc") == nil)
    }

    @Test func aMessageWithoutFromHasNoSender() throws {
        let message = try message("Subject: x\r\n\r\n")
        #expect(message.from == nil)
        #expect(message.fromAddress == nil)
        #expect(message.toAddresses.isEmpty)
        #expect(message.subject == "x")
    }

    @Test func theTextBodySkipsHTMLAndTextAttachments() throws {
        let message = try message("""
            Content-Type: multipart/mixed; boundary=b\r
            \r
            --b\r
            Content-Type: text/plain; name=notes.txt\r
            Content-Disposition: attachment\r
            \r
            an attached text file\r
            --b\r
            Content-Type: text/html\r
            \r
            <p>html</p>\r
            --b\r
            Content-Type: text/plain\r
            \r
            the body\r
            --b--\r

            """)
        #expect(message.textBody == "the body")
        #expect(message.attachments.map(\.filename) == ["notes.txt"])
        #expect(message.attachments.first?.contentType == "text/plain")
        #expect(message.parts.count == 3)
    }

    @Test func anHTMLOnlyMessageHasNoTextBody() throws {
        #expect(try message("Content-Type: text/html\r\n\r\n<p>x</p>\r\n").textBody == nil)
    }

    @Test(arguments: [
        ("Content-Type: text/csv; name=\"=?utf-8?b?TMOkbmRlci5jc3Y=?=\"\r\n\r\n1,2\r\n", "Länder.csv"),
        ("Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"=?iso-8859-1?q?M=E4rz.csv?=\"\r\n\r\nx", "März.csv"),
        ("Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*=UTF-8''%E2%9C%93.csv\r\n\r\nx", "✓.csv"),
        ("Content-Type: application/octet-stream; name=fallback.bin\r\nContent-Disposition: attachment\r\n\r\nx", "fallback.bin"),
    ])
    func attachmentNamesAreDecoded(text: String, filename: String) throws {
        #expect(try message(text).attachments.first?.filename == filename)
    }
}
