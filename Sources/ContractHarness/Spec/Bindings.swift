import StructuredData

/// The values `{{name}}` placeholders stand for: captures from earlier steps and `credentials.NAME`.
public struct Bindings: Sendable, Equatable {
    /// The bound values by name.
    public private(set) var values: [String: JSONValue]

    /// Creates bindings.
    public init(_ values: [String: JSONValue] = [:]) {
        self.values = values
    }

    /// Binds a name.
    public mutating func bind(_ name: String, to value: JSONValue) {
        values[name] = value
    }

    /// Bindings in which every name stands for its own placeholder text, `{{name}}`: what cassettes record.
    public var asPlaceholders: Bindings {
        Bindings(Dictionary(uniqueKeysWithValues: values.keys.map { ($0, JSONValue.string("{{\($0)}}")) }))
    }
}
