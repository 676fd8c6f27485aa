/// The header section at the start of a message or part (RFC 5322 §2.2): fields unfolded, the position of
/// the body after the blank line, and the line each field started on.
struct MailHeaderSection {
    var headers: [MailHeader] = []
    /// The line each of `headers` starts on.
    var lines: [Int] = []
    /// Where the body starts in the bytes given.
    var bodyStart: Int
    /// The line number of the body's first line.
    var bodyFirstLine: Int

    /// Reads the header section of `bytes`, whose first line is line `firstLine` of the message.
    ///
    /// A first line that is no header field means the part has no header section: the whole is body, and a
    /// defect is recorded. An mbox `From ` line before the message's first field is skipped.
    init(_ bytes: ArraySlice<UInt8>, firstLine: Int, part: String, defects: inout [MailParseError]) throws(MailParseError) {
        bodyStart = bytes.endIndex
        bodyFirstLine = firstLine
        var lineNumber = firstLine - 1
        var current: (name: String, value: String)?
        for line in MailLines(bytes) {
            lineNumber += 1
            let content = bytes[line.content]
            let text = MailCharset.bestEffort(content)
            if content.allSatisfy({ $0 == 32 || $0 == 9 }), current == nil || content.isEmpty {
                bodyStart = line.next // The blank line (or a white-space line before any field) ends the section.
                bodyFirstLine = lineNumber + 1
                break
            }
            if content.first == 32 || content.first == 9 {
                guard current != nil else { throw .continuationWithoutField(line: lineNumber, part: part) }
                current?.value += text
                continue
            }
            guard let colon = text.firstIndex(of: ":"), Self.isFieldName(text[..<colon]) else {
                if current == nil, headers.isEmpty {
                    if part.isEmpty, lineNumber == firstLine, text.hasPrefix("From ") { continue }
                    defects.append(.missingHeaderSection(line: lineNumber, part: part))
                    bodyStart = line.content.lowerBound
                    bodyFirstLine = lineNumber
                    return
                }
                throw .malformedHeader(line: lineNumber, part: part, text: text)
            }
            append(current)
            current = (text[..<colon].trimmed(of: " \t"), String(text[text.index(after: colon)...]))
            lines.append(lineNumber)
        }
        append(current)
        if bodyStart == bytes.endIndex { bodyFirstLine = lineNumber + 1 }
    }

    private mutating func append(_ field: (name: String, value: String)?) {
        guard let field else { return }
        headers.append(MailHeader(name: field.name, value: field.value.trimmed(of: " \t")))
    }

    /// The line the first field called `name` (case-insensitive) starts on.
    func line(of name: String) -> Int? {
        let lowered = name.lowercased()
        return headers.firstIndex { $0.name.lowercased() == lowered }.map { lines[$0] }
    }

    /// Printable ASCII without a colon; white space before the colon is tolerated (RFC 5322 obsolete syntax).
    private static func isFieldName(_ name: Substring) -> Bool {
        let trimmed = name.trimmed(of: " \t")
        return !trimmed.isEmpty && trimmed.unicodeScalars.allSatisfy { (33...126).contains($0.value) }
    }
}
