/// A parsed JSON value together with where each of its values and keys starts in the source, so
/// that a message about a field can name its line and column.
///
/// When a key is repeated, the locations are those of the last occurrence (whose value won).
public struct JSONDocument: Sendable {
    /// The parsed value.
    public let root: JSONValue
    private let valueLocations: [JSONPath: SourceLocation]
    private let keyLocations: [JSONPath: SourceLocation]

    init(root: JSONValue, valueLocations: [JSONPath: SourceLocation], keyLocations: [JSONPath: SourceLocation]) {
        self.root = root
        self.valueLocations = valueLocations
        self.keyLocations = keyLocations
    }

    /// Where the value at `path` starts (its first character: a quote, bracket, digit, sign or
    /// letter), or nil when the document has no value there.
    public func location(of path: JSONPath) -> SourceLocation? {
        guard root.value(at: path) != nil else { return nil }
        return valueLocations[path]
    }

    /// Where the key of the object member at `path` starts (its opening quote), or nil when
    /// `path` does not end in a key or the document has no such member.
    public func keyLocation(of path: JSONPath) -> SourceLocation? {
        guard root.value(at: path) != nil else { return nil }
        return keyLocations[path]
    }

    /// The best place to point at for `path`, even when it does not exist (e.g. a missing
    /// required field): the member's key when there is one, else the value, else the same for the
    /// nearest ancestor that exists.
    public func nearestLocation(of path: JSONPath) -> SourceLocation {
        var current = path
        while true {
            if let location = keyLocation(of: current) ?? location(of: current) { return location }
            guard let parent = current.parent else { return SourceLocation(line: 1, column: 1) }
            current = parent
        }
    }
}
