/// A report that cannot be read back: which file, where in it, and what is wrong.
public struct ReportReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The JSON path at fault.
    public var path: String
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, path: String, message: String) {
        self.file = file
        self.path = path
        self.message = message
    }

    /// `file: path: message`.
    public var description: String { "\(file): \(path): \(message)" }
}
