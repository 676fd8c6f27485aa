/// Why a JSON text was refused, and where: the message names what was expected or found, the
/// location points at the offending character (see ``SourceLocation`` for how columns count).
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was expected or found, e.g. `expected ',' or '}' after object member`.
    public let message: String
    /// Where the problem is.
    public let location: SourceLocation

    /// Creates an error.
    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// The message followed by the location, e.g. `expected ',' or '}' after object member at 3:17`.
    public var description: String { "\(message) at \(location)" }
}
