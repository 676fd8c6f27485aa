/// Why a JSON path or path pattern could not be read.
public struct JSONPathError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was expected, e.g. `expected ']' after index`.
    public let message: String
    /// The text that was being read.
    public let text: String
    /// The 1-based position of the problem in `text`, in Unicode scalars.
    public let column: Int

    /// Creates an error.
    public init(message: String, text: String, column: Int) {
        self.message = message
        self.text = text
        self.column = column
    }

    /// E.g. `invalid JSON path "$.a[": expected an index, '*' or a quoted key after '[' at column 5`.
    public var description: String {
        "invalid JSON path \(JSONWriter.quoted(text)): \(message) at column \(column)"
    }
}
