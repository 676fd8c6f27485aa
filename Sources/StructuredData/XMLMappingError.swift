/// Why a JSON value could not be turned into an XML element.
public struct XMLMappingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. `an attribute value must be a string, number or boolean`.
    public let message: String
    /// Where in the JSON value the problem is.
    public let path: JSONPath

    /// Creates an error.
    public init(message: String, path: JSONPath) {
        self.message = message
        self.path = path
    }

    /// `<path>: <message>`.
    public var description: String { "\(path): \(message)" }
}
