/// The body of a `multipart/*` entity cut at its boundary (RFC 2046 §5.1.1): the encapsulated parts, without
/// the preamble, the epilogue, or the line break that belongs to each delimiter line.
struct MultipartBody {
    /// One encapsulated part and the line of the message it starts on.
    struct Part {
        var bytes: ArraySlice<UInt8>
        var firstLine: Int
    }

    var parts: [Part] = []
    /// Whether the closing `--boundary--` line was found.
    var isClosed = false

    /// Splits `body`, whose first line is line `firstLine`; nil when no delimiter line is found at all.
    /// Delimiter lines must match exactly, apart from trailing white space, so a boundary that is a prefix of
    /// another (nested) one does not confuse them.
    init?(_ body: ArraySlice<UInt8>, boundary: String, firstLine: Int) {
        let delimiter = Array(("--" + boundary).utf8)
        var lineNumber = firstLine - 1
        var partStart: Int?
        var partFirstLine = 0
        var contentEnd = body.startIndex
        var foundDelimiter = false
        for line in MailLines(body) {
            lineNumber += 1
            let content = body[line.content]
            if let isClose = Self.delimiterKind(content, delimiter) {
                foundDelimiter = true
                if let start = partStart { parts.append(Part(bytes: body[start..<max(start, contentEnd)], firstLine: partFirstLine)) }
                if isClose {
                    isClosed = true
                    partStart = nil
                    break
                }
                partStart = line.next
                partFirstLine = lineNumber + 1
                contentEnd = line.next
                continue
            }
            contentEnd = line.endingStart
        }
        guard foundDelimiter else { return nil }
        if let start = partStart { parts.append(Part(bytes: body[start..<body.endIndex], firstLine: partFirstLine)) }
    }

    /// Whether `line` is a delimiter line: false for `--boundary`, true for the closing `--boundary--`, nil for neither.
    private static func delimiterKind(_ line: ArraySlice<UInt8>, _ delimiter: [UInt8]) -> Bool? {
        guard line.starts(with: delimiter) else { return nil }
        var rest = line.dropFirst(delimiter.count)
        let isClose = rest.starts(with: [45, 45])
        if isClose { rest = rest.dropFirst(2) }
        guard rest.allSatisfy({ $0 == 32 || $0 == 9 }) else { return nil }
        return isClose
    }
}
