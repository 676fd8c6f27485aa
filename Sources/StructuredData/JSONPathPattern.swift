/// A ``JSONPath`` in which a step may be a wildcard: `[*]` matches any array index, `.*` any
/// object key. E.g. `$.messages[*].id` matches `$.messages[0].id` and `$.messages[7].id`.
///
/// A pattern matches paths of exactly its length; to cover a whole subtree, match its root (a
/// structural diff skips everything below an ignored path).
public struct JSONPathPattern: Sendable, Hashable, CustomStringConvertible {
    /// One step of a pattern.
    public enum Component: Sendable, Hashable, CustomStringConvertible {
        /// This object key only.
        case key(String)
        /// This array index only.
        case index(Int)
        /// Any object key, written `.*`.
        case anyKey
        /// Any array index, written `[*]`.
        case anyIndex

        /// `.key`, `["key"]`, `[0]`, `.*` or `[*]`.
        public var description: String {
            switch self {
            case .key(let key): JSONPath.Component.key(key).description
            case .index(let index): JSONPath.Component.index(index).description
            case .anyKey: ".*"
            case .anyIndex: "[*]"
            }
        }

        /// Whether this step accepts `component`.
        public func matches(_ component: JSONPath.Component) -> Bool {
            switch (self, component) {
            case (.anyKey, .key), (.anyIndex, .index): true
            case (.key(let expected), .key(let actual)): expected == actual
            case (.index(let expected), .index(let actual)): expected == actual
            default: false
            }
        }
    }

    /// The steps from the root, outermost first.
    public let components: [Component]

    /// A pattern made of `components`.
    public init(_ components: [Component]) {
        self.components = components
    }

    /// The pattern that matches exactly `path`.
    public init(_ path: JSONPath) {
        components = path.components.map { component in
            switch component {
            case .key(let key): .key(key)
            case .index(let index): .index(index)
            }
        }
    }

    /// Reads a pattern such as `$.messages[*].id`, `$.*.status` or `$["@id"]`.
    public init(parsing text: String) throws(JSONPathError) {
        components = try JSONPathSyntax.parse(text, allowingWildcards: true)
    }

    /// Whether `path` has this pattern's length and every step matches.
    public func matches(_ path: JSONPath) -> Bool {
        guard path.components.count == components.count else { return false }
        for (step, component) in zip(components, path.components) where !step.matches(component) {
            return false
        }
        return true
    }

    /// `$` and the steps, e.g. `$.messages[*].id`.
    public var description: String {
        var text = "$"
        for component in components { text += component.description }
        return text
    }
}
