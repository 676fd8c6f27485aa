/// An attribute of an XML element, as written (namespace prefixes are part of the name).
public struct XMLAttribute: Sendable, Equatable, Hashable {
    /// The attribute's name, e.g. `status` or `xml:lang`.
    public var name: String
    /// The attribute's value with references resolved and whitespace normalised as XML requires.
    public var value: String

    /// Creates an attribute.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
