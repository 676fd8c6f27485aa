/// Why a CSV text could not be read: what was wrong, in which record and field, at which line and column.
public struct CSVParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong.
    public enum Kind: Sendable, Equatable {
        /// A quoted field is never closed.
        case unterminatedQuote
        /// Something other than a comma or a line break follows a field's closing quote.
        case textAfterClosingQuote
        /// A quote inside a field that does not start with one (quote the field and double the quote).
        case quoteInUnquotedField
    }

    /// What was wrong.
    public var kind: Kind
    /// The record (row), 1-based; a record with quoted line breaks spans several lines.
    public var record: Int
    /// The field within the record, 1-based.
    public var field: Int
    /// The line of the text, 1-based.
    public var line: Int
    /// The column within that line, 1-based, in characters (Unicode scalars).
    public var column: Int

    /// Creates an error.
    public init(kind: Kind, record: Int, field: Int, line: Int, column: Int) {
        self.kind = kind
        self.record = record
        self.field = field
        self.line = line
        self.column = column
    }

    /// A one-line explanation with position and what to do.
    public var description: String {
        let place = "line \(line), column \(column) (row \(record), field \(field))"
        switch kind {
        case .unterminatedQuote: return "\(place): quoted field is never closed; add the closing \""
        case .textAfterClosingQuote: return "\(place): text after a closing quote; a quoted field must end at a comma or line break"
        case .quoteInUnquotedField: return "\(place): quote inside an unquoted field; quote the whole field and double the quote (\"\")"
        }
    }
}
