import StructuredData

/// A value taken from a response for later steps, referred to as `{{name}}`.
public struct Capture: Sendable, Equatable {
    /// Where the value comes from.
    public enum Source: Sendable, Equatable {
        case body(JSONPath)
        case header(String)
    }

    /// The name later steps use.
    public var name: String
    /// Where it is read.
    public var source: Source

    /// Creates a capture.
    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }
}
