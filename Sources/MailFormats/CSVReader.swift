/// Reads comma-separated values as RFC 4180 defines them: quoted fields with `""` escapes, commas and line
/// breaks inside quotes, CRLF or LF (or CR) record ends. Fields are returned exactly as written (no trimming
/// of spaces); trailing blank lines are ignored, blank lines between records are records with one empty field.
public enum CSVReader {
    /// The records of `text`, each a list of fields.
    public static func parse(_ text: String) throws(CSVParseError) -> [[String]] {
        var reader = State()
        var scalars = Array(text.unicodeScalars)[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        while let scalar = scalars.popFirst() {
            try reader.consume(scalar, next: scalars.first)
        }
        return try reader.finish()
    }

    /// The records of a CSV file's bytes: a UTF-8 byte order mark is skipped, and text that is not valid
    /// UTF-8 is read as windows-1252 (as spreadsheet programs often save it).
    public static func parse(_ bytes: [UInt8]) throws(CSVParseError) -> [[String]] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return try parse(MailCharset.bestEffort(body))
    }

    /// The reader's position and what it has read so far.
    private struct State {
        var records: [[String]] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        /// The current field started with a quote, which has been closed.
        var closedQuote = false
        var line = 1, column = 0
        /// Where the open quote was, for an unterminated-quote error.
        var quoteLine = 0, quoteColumn = 0
        /// Lines of records whose content is only blank, held until a non-blank record shows they are not trailing.
        var pendingBlankRecords = 0
        var skipLineFeed = false
        /// A doubled quote inside quotes: the second one is skipped.
        var skipQuote = false

        mutating func consume(_ scalar: Unicode.Scalar, next: Unicode.Scalar?) throws(CSVParseError) {
            if skipLineFeed {
                skipLineFeed = false
                if scalar == "\n" { return }
            }
            column += 1
            if inQuotes {
                switch scalar {
                case "\"" where skipQuote:
                    skipQuote = false
                case "\"" where next == "\"":
                    field.append("\"")
                    skipQuote = true
                case "\"":
                    inQuotes = false
                    closedQuote = true
                default:
                    field.append(scalar)
                    if scalar == "\n" || (scalar == "\r" && next != "\n") { newLine() }
                }
                return
            }
            switch scalar {
            case ",":
                endField()
            case "\r", "\n":
                endRecord()
                skipLineFeed = scalar == "\r"
                newLine()
            case "\"":
                if field.isEmpty, !closedQuote {
                    inQuotes = true
                    quoteLine = line
                    quoteColumn = column
                } else {
                    throw error(closedQuote ? .textAfterClosingQuote : .quoteInUnquotedField)
                }
            default:
                if closedQuote { throw error(.textAfterClosingQuote) }
                field.append(scalar)
            }
        }

        mutating func finish() throws(CSVParseError) -> [[String]] {
            if inQuotes {
                throw CSVParseError(kind: .unterminatedQuote, record: records.count + pendingBlankRecords + 1, field: fields.count + 1, line: quoteLine, column: quoteColumn)
            }
            if !field.isEmpty || !fields.isEmpty || closedQuote { endRecord() }
            return records
        }

        private mutating func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            closedQuote = false
        }

        private mutating func endRecord() {
            let blank = fields.isEmpty && field.isEmpty && !closedQuote
            endField()
            if blank {
                pendingBlankRecords += 1
            } else {
                records += Array(repeating: [""], count: pendingBlankRecords)
                pendingBlankRecords = 0
                records.append(fields)
            }
            fields = []
        }

        private mutating func newLine() {
            line += 1
            column = 0
        }

        private func error(_ kind: CSVParseError.Kind) -> CSVParseError {
            CSVParseError(kind: kind, record: records.count + pendingBlankRecords + 1, field: fields.count + 1, line: line, column: column)
        }
    }
}
