/// Why an XML text was refused, and where. Messages follow libxml2's wording where it has one,
/// e.g. `Opening and ending tag mismatch: message line 3 and messag`.
public struct XMLParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// Where the problem is (see ``SourceLocation`` for how columns count).
    public let location: SourceLocation

    /// Creates an error.
    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// The message followed by the location, e.g. `Extra content at the end of the document at 2:1`.
    public var description: String { "\(message) at \(location)" }
}
