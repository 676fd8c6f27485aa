/// One way in which an actual JSON value differs from the expected one.
///
/// Descriptions read `<path>: <what>`:
/// - changed: `$.phone: expected "+4917…", got "+4915…"`
/// - type mismatch: `$.count: expected number 2, got string "2"` (`null` alone for null)
/// - missing: `$.uuid: missing`
/// - unexpected: `$.extra: unexpected member` (or `unexpected element` below an array)
/// - reordered: `$.Messages: expected members in the order ["2","1"], got ["1","2"]`
/// - with a ``message`` (e.g. from a matcher): `$.id: expected a UUID, got "abc"` when the message
///   is `expected a UUID` and an actual value exists, else `<path>: <message>`.
///
/// Values print as compact JSON.
public struct StructuralDifference: Sendable, Equatable, CustomStringConvertible {
    /// The kind of a difference.
    public enum Kind: Sendable, Equatable {
        /// Both values have the same type but differ.
        case changed
        /// The expected member or element is absent from the actual value.
        case missing
        /// The actual value has a member or element that was not expected.
        case unexpected
        /// The values have different JSON types.
        case typeMismatch
        /// The objects share members but in another order; expected and actual are the shared keys, in order.
        case reordered
    }

    /// Where the difference is.
    public let path: JSONPath
    /// What kind of difference it is.
    public let kind: Kind
    /// The expected value; nil for ``Kind/unexpected``.
    public let expected: JSONValue?
    /// The actual value; nil for ``Kind/missing``.
    public let actual: JSONValue?
    /// An optional human explanation that replaces the standard wording, e.g. `expected a UUID`.
    public var message: String?

    /// Creates a difference.
    public init(path: JSONPath, kind: Kind, expected: JSONValue?, actual: JSONValue?, message: String? = nil) {
        self.path = path
        self.kind = kind
        self.expected = expected
        self.actual = actual
        self.message = message
    }

    /// A change between two values of the same type.
    public static func changed(_ path: JSONPath, expected: JSONValue, actual: JSONValue) -> StructuralDifference {
        StructuralDifference(path: path, kind: .changed, expected: expected, actual: actual)
    }

    /// An expected member or element that is absent.
    public static func missing(_ path: JSONPath, expected: JSONValue) -> StructuralDifference {
        StructuralDifference(path: path, kind: .missing, expected: expected, actual: nil)
    }

    /// An actual member or element that was not expected.
    public static func unexpected(_ path: JSONPath, actual: JSONValue) -> StructuralDifference {
        StructuralDifference(path: path, kind: .unexpected, expected: nil, actual: actual)
    }

    /// Values of different JSON types.
    public static func typeMismatch(_ path: JSONPath, expected: JSONValue, actual: JSONValue) -> StructuralDifference {
        StructuralDifference(path: path, kind: .typeMismatch, expected: expected, actual: actual)
    }

    /// Shared members in another order: the keys of both objects as arrays of strings.
    public static func reordered(_ path: JSONPath, expected: [String], actual: [String]) -> StructuralDifference {
        StructuralDifference(path: path, kind: .reordered, expected: .array(expected.map(JSONValue.string)),
                             actual: .array(actual.map(JSONValue.string)),
                             message: "expected members in the order \(JSONWriter.string(.array(expected.map(JSONValue.string))))")
    }

    /// One line, as described on the type.
    public var description: String {
        let what: String
        if let message {
            if let actual, kind != .missing {
                what = "\(message), got \(Self.render(actual))"
            } else {
                what = message
            }
        } else {
            switch kind {
            case .changed:
                what = "expected \(Self.render(expected)), got \(Self.render(actual))"
            case .typeMismatch:
                what = "expected \(Self.typed(expected)), got \(Self.typed(actual))"
            case .reordered:
                what = "expected members in the order \(Self.render(expected)), got \(Self.render(actual))"
            case .missing:
                what = "missing"
            case .unexpected:
                if case .index = path.components.last {
                    what = "unexpected element"
                } else {
                    what = "unexpected member"
                }
            }
        }
        return "\(path): \(what)"
    }

    private static func render(_ value: JSONValue?) -> String {
        value.map { JSONWriter.string($0) } ?? "nothing"
    }

    private static func typed(_ value: JSONValue?) -> String {
        guard let value else { return "nothing" }
        if value.isNull { return "null" }
        return "\(value.typeName) \(JSONWriter.string(value))"
    }
}
