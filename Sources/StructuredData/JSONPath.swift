/// The location of a value inside a JSON value: a sequence of object keys and array indices from
/// the root.
///
/// Printed as `$` followed by `.key` for identifier-like keys (`[A-Za-z_][A-Za-z0-9_]*`),
/// `["key"]` (JSON string escaping) for all other keys and `[0]` for indices:
/// `$.violations[0].propertyPath`, `$["@id"]`, `$["message-text"]`. ``init(parsing:)`` reads that
/// form back and also accepts `['key']` and `.key` for keys such as `message-text`.
///
/// Paths order component by component, a path before its descendants; indices order numerically
/// and before keys; keys order byte-wise by UTF-8.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible, Comparable {
    /// One step from a value to one of its children.
    public enum Component: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// An object member.
        case key(String)
        /// An array element, from 0.
        case index(Int)

        /// `.key`, `["key"]` or `[0]`, as in a path's description.
        public var description: String {
            switch self {
            case .index(let index):
                return "[\(index)]"
            case .key(let key):
                if JSONPath.isIdentifierLike(key) { return "." + key }
                return "[" + JSONWriter.quoted(key) + "]"
            }
        }

        /// Indices before keys; indices numerically, keys byte-wise.
        public static func < (lhs: Component, rhs: Component) -> Bool {
            switch (lhs, rhs) {
            case (.index(let left), .index(let right)): left < right
            case (.index, .key): true
            case (.key, .index): false
            case (.key(let left), .key(let right)): left.utf8.lexicographicallyPrecedes(right.utf8)
            }
        }
    }

    /// The steps from the root, outermost first; empty for the root itself.
    public let components: [Component]

    /// The path of the root value, `$`.
    public static let root = JSONPath([])

    /// A path made of `components`.
    public init(_ components: [Component]) {
        self.components = components
    }

    /// Reads a path such as `$`, `$.a.b[0]`, `$['@id']` or `$["@id"]`; wildcards are refused (they
    /// belong in a ``JSONPathPattern``).
    public init(parsing text: String) throws(JSONPathError) {
        let parsed = try JSONPathSyntax.parse(text, allowingWildcards: false)
        components = parsed.compactMap { component in
            switch component {
            case .key(let key): .key(key)
            case .index(let index): .index(index)
            case .anyKey, .anyIndex: nil
            }
        }
    }

    /// This path followed by an object key.
    public func appending(_ key: String) -> JSONPath {
        JSONPath(components + [.key(key)])
    }

    /// This path followed by an array index.
    public func appending(_ index: Int) -> JSONPath {
        JSONPath(components + [.index(index)])
    }

    /// This path followed by one component.
    public func appending(_ component: Component) -> JSONPath {
        JSONPath(components + [component])
    }

    /// The path of the containing value; nil for the root.
    public var parent: JSONPath? {
        components.isEmpty ? nil : JSONPath(Array(components.dropLast()))
    }

    /// Whether this is the root path `$`.
    public var isRoot: Bool { components.isEmpty }

    /// `$` and the components, e.g. `$.a[0]["message-text"]`.
    public var description: String {
        var text = "$"
        for component in components { text += component.description }
        return text
    }

    /// Component-wise order; a path comes before its descendants.
    public static func < (lhs: JSONPath, rhs: JSONPath) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }

    /// Whether `key` prints after a dot: an ASCII letter or `_`, then letters, digits or `_`.
    static func isIdentifierLike(_ key: String) -> Bool {
        var isFirst = true
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "a") ... UInt8(ascii: "z"), UInt8(ascii: "A") ... UInt8(ascii: "Z"), UInt8(ascii: "_"):
                break
            case UInt8(ascii: "0") ... UInt8(ascii: "9") where !isFirst:
                break
            default:
                return false
            }
            isFirst = false
        }
        return !isFirst
    }
}

extension JSONValue {
    /// The value at `path`, or nil when a key is absent, an index is out of range or a step meets
    /// a value of the wrong kind.
    public func value(at path: JSONPath) -> JSONValue? {
        var current = self
        for component in path.components {
            switch (component, current) {
            case (.key(let key), .object(let object)):
                guard let member = object[key] else { return nil }
                current = member
            case (.index(let index), .array(let elements)):
                guard elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }
}
