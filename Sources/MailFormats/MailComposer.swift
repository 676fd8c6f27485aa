/// Writes test emails as a mail client would: a UTF-8 plain-text body, `multipart/mixed` with base64
/// attachments when there are any, RFC 2047 encoded-words for non-ASCII header text, CRLF line endings.
///
/// The output is deterministic (no `Date`, no `Message-ID`, a boundary derived from the content), so a
/// recorded exchange does not drift; pass `Date` or `Message-ID` in `extraHeaders` when a test needs them.
public enum MailComposer {
    /// The message bytes, ready to be sent after SMTP `DATA`.
    ///
    /// - Parameters:
    ///   - from: the `From` value, an address or `Display Name <address>`.
    ///   - to: the `To` addresses (or `Name <address>` forms), folded onto several lines when long.
    ///   - subject: the `Subject`; nil writes no `Subject` field, `""` an empty one.
    ///   - body: the plain text; line breaks become CRLF. Sent `7bit` when ASCII with lines of at most 998
    ///     bytes, else `quoted-printable`.
    ///   - attachments: files, sent base64 with `Content-Disposition: attachment` and the file name (RFC 2231
    ///     when not plain ASCII).
    ///   - extraHeaders: fields written after `Subject`, as given (line breaks in values removed).
    public static func compose(
        from: String, to: [String], subject: String?, body: String,
        attachments: [MailAttachment] = [], extraHeaders: [MailHeader] = []
    ) -> [UInt8] {
        var lines: [String] = []
        lines.append(fold("From", [address(from)]))
        if !to.isEmpty {
            let addresses = to.map(address)
            lines.append(fold("To", addresses.enumerated().map { $0.offset < addresses.count - 1 ? $0.element + "," : $0.element }))
        }
        if let subject {
            let clean = oneLine(subject)
            let words = EncodedWords.needsEncoding(clean) ? EncodedWords.encode(clean) : clean.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            lines.append(clean.isEmpty ? "Subject:" : fold("Subject", words))
        }
        for header in extraHeaders { lines.append("\(oneLine(header.name)): \(oneLine(header.value))") }
        lines.append("MIME-Version: 1.0")
        let (textHeaders, textBody) = textPart(body)
        guard !attachments.isEmpty else {
            return Array((lines + textHeaders + ["", textBody]).joined(separator: "\r\n").utf8)
        }
        var sections = [(headers: textHeaders, body: textBody)]
        for attachment in attachments { sections.append(attachmentPart(attachment)) }
        let boundary = makeBoundary(sections.map(\.body))
        lines.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
        lines.append("")
        lines.append("This is a multi-part message in MIME format.")
        for section in sections {
            lines.append("--\(boundary)")
            lines += section.headers
            lines.append("")
            lines.append(section.body) // Its own final CRLF stays; the next one belongs to the delimiter.
        }
        lines.append("--\(boundary)--")
        lines.append("")
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    /// The text part's headers and its encoded body (ending with CRLF unless empty).
    private static func textPart(_ body: String) -> ([String], String) {
        var bytes: [UInt8] = []
        for byte in body.utf8 { // Line breaks become LF here, CRLF when encoded.
            if byte == 10, bytes.last == 13 { bytes.removeLast() }
            bytes.append(byte)
        }
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        let plain = bytes.allSatisfy { $0 < 0x80 && $0 != 13 && $0 != 0 } && lines.allSatisfy { $0.count <= 998 }
        var encoded = plain ? lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\r\n") : QuotedPrintable.encode(bytes)
        if !encoded.isEmpty, !encoded.hasSuffix("\r\n") { encoded += "\r\n" }
        let headers = ["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: \(plain ? "7bit" : "quoted-printable")"]
        return (headers, encoded)
    }

    private static func attachmentPart(_ attachment: MailAttachment) -> (headers: [String], body: String) {
        var type = "Content-Type: \(oneLine(attachment.contentType))"
        var disposition = "Content-Disposition: attachment"
        if let filename = attachment.filename.map(oneLine), !filename.isEmpty {
            if EncodedWords.needsEncoding(filename) || filename.contains(where: { $0 == "\"" || $0 == "\\" }) {
                type += "; name=\"\(EncodedWords.encode(filename).joined(separator: " "))\""
                disposition += ";\r\n filename*=utf-8''\(percentEncoded(filename))"
            } else {
                type += "; name=\"\(filename)\""
                disposition += "; filename=\"\(filename)\""
            }
        }
        return ([type, disposition, "Content-Transfer-Encoding: base64"], Base64.encode(attachment.data, lineLength: 76) + "\r\n")
    }

    /// `Name <address>` with a non-ASCII display name encoded; a bare address as it is.
    private static func address(_ value: String) -> String {
        let clean = oneLine(value).trimmed(of: " \t")
        guard let open = clean.lastIndex(of: "<"), clean.hasSuffix(">") else { return clean }
        let name = clean[..<open].trimmed(of: " \t").trimmed(of: "\"")
        let address = clean[open...]
        guard !name.isEmpty else { return String(address) }
        if EncodedWords.needsEncoding(name) { return EncodedWords.encode(name).joined(separator: " ") + " " + address }
        let isAtomText = name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || " !#$%&'*+-/=?^_`{|}~".unicodeScalars.contains($0) }
        return (isAtomText ? name : "\"\(name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\""))\"") + " " + address
    }

    /// `Name: words` folded before a word wherever a line would pass 78 characters.
    private static func fold(_ name: String, _ words: [String]) -> String {
        var output = name + ":"
        var lineLength = output.count
        for word in words {
            if lineLength + 1 + word.count > 78, lineLength > name.count + 1 {
                output += "\r\n"
                lineLength = 0
            }
            output += " " + word
            lineLength += 1 + word.count
        }
        return output
    }

    /// `text` with line breaks replaced by spaces, so a value cannot inject header lines.
    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\r" || $0 == "\n" ? " " : $0 }))
    }

    private static func percentEncoded(_ text: String) -> String {
        let safe = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        let digits = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in text.utf8 {
            if safe.contains(byte) { output.append(byte) } else { output += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A boundary that appears in none of the bodies, derived from them (FNV-1a) so the output is deterministic.
    private static func makeBoundary(_ bodies: [String]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for body in bodies {
            for byte in body.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01B3
            }
        }
        var attempt = 0
        while true {
            let boundary = "=_smscontract_\(String(hash &+ UInt64(attempt), radix: 16))"
            if !bodies.contains(where: { $0.contains("--" + boundary) }) { return boundary }
            attempt += 1
        }
    }
}
