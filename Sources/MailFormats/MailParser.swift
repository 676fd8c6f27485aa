/// Reads an RFC 5322 message with MIME (RFC 2045–2047, 2183, 2231): headers, nested multiparts, transfer
/// encodings, charsets. CRLF and bare LF line endings are both read.
///
/// What is wrong but can be read anyway (a missing closing boundary, an unknown charset) is read and listed in
/// ``MailMessage/defects``; what cannot be read throws a ``MailParseError`` naming the line and the part.
public enum MailParser {
    /// How deep multiparts may nest before the message is refused.
    public static let maxNestingDepth = 16

    /// Parses `bytes`, e.g. the data of an SMTP `DATA` command.
    public static func parse(_ bytes: [UInt8]) throws(MailParseError) -> MailMessage {
        var defects: [MailParseError] = []
        let root = try entity(bytes[...], firstLine: 1, id: "", depth: 0, defaultType: "text/plain", defects: &defects)
        return MailMessage(root: root, defects: defects)
    }

    private static func entity(
        _ bytes: ArraySlice<UInt8>, firstLine: Int, id: String, depth: Int, defaultType: String, defects: inout [MailParseError]
    ) throws(MailParseError) -> MailPart {
        let section = try MailHeaderSection(bytes, firstLine: firstLine, part: id, defects: &defects)
        let headers = section.headers
        var type = headers.rawValue("Content-Type").map(MIMEHeaderValue.init) ?? MIMEHeaderValue(defaultType)
        if !isMediaType(type.value) { type = MIMEHeaderValue("text/plain") } // RFC 2045 §5.2.
        let disposition = headers.rawValue("Content-Disposition").map(MIMEHeaderValue.init)
        let filename = (disposition?.parameters["filename"] ?? type.parameters["name"])
            .map { EncodedWords.decode($0).trimmed(of: " \t\r\n") }
        var part = MailPart(
            id: id, headers: headers, contentType: type.value, parameters: type.parameters,
            disposition: disposition.flatMap { $0.value.isEmpty ? nil : $0.value },
            filename: filename?.isEmpty == false ? filename : nil
        )
        let body = bytes[section.bodyStart...]
        let contentTypeLine = section.line(of: "Content-Type") ?? firstLine
        if part.isMultipart {
            guard let boundary = type.parameters["boundary"], !boundary.isEmpty else {
                throw .missingBoundary(line: contentTypeLine, part: id)
            }
            guard depth < maxNestingDepth else { throw .nestingTooDeep(line: contentTypeLine, part: id) }
            guard let multipart = MultipartBody(body, boundary: boundary, firstLine: section.bodyFirstLine) else {
                throw .boundaryNotFound(boundary: boundary, line: contentTypeLine, part: id)
            }
            if !multipart.isClosed { defects.append(.missingClosingBoundary(boundary: boundary, part: id)) }
            let childType = type.value == "multipart/digest" ? "message/rfc822" : "text/plain"
            for (index, child) in multipart.parts.enumerated() {
                let childID = id.isEmpty ? "\(index + 1)" : "\(id).\(index + 1)"
                part.parts.append(try entity(child.bytes, firstLine: child.firstLine, id: childID, depth: depth + 1, defaultType: childType, defects: &defects))
            }
            return part
        }
        part.body = try decodeTransferEncoding(body, headers: headers, bodyFirstLine: section.bodyFirstLine, part: id, defects: &defects)
        if part.contentType.hasPrefix("text/") {
            let (text, known) = MailCharset.decode(part.body, charsetName: part.charset)
            if !known, let charset = part.charset { defects.append(.unknownCharset(charset, part: id)) }
            part.text = LineEndings.unix(text)
        }
        return part
    }

    private static func decodeTransferEncoding(
        _ body: ArraySlice<UInt8>, headers: [MailHeader], bodyFirstLine: Int, part: String, defects: inout [MailParseError]
    ) throws(MailParseError) -> [UInt8] {
        let encoding = headers.rawValue("Content-Transfer-Encoding").map { MIMEHeaderValue($0).value } ?? ""
        switch encoding {
        case "", "7bit", "8bit", "binary":
            return Array(body)
        case "quoted-printable":
            return QuotedPrintable.decode(body)
        case "base64":
            do throws(Base64.InvalidCharacter) {
                return try Base64.decode(body)
            } catch {
                let before = body.prefix(error.offset)
                throw .invalidBase64(line: bodyFirstLine + before.lazy.filter { $0 == 10 }.count, part: part)
            }
        default:
            defects.append(.unknownTransferEncoding(encoding, part: part))
            return Array(body)
        }
    }

    /// Whether `value` looks like `type/subtype` made of token characters.
    private static func isMediaType(_ value: String) -> Bool {
        let halves = value.split(separator: "/", omittingEmptySubsequences: false)
        let tspecials = "()<>@,;:\\\"/[]?="
        return halves.count == 2 && halves.allSatisfy { half in
            !half.isEmpty && half.unicodeScalars.allSatisfy { (33...126).contains($0.value) && !tspecials.unicodeScalars.contains($0) }
        }
    }
}
