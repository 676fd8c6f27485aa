/// The XML declaration at the start of a document: `<?xml version="1.0" encoding="utf-8"?>`.
public struct XMLDeclaration: Sendable, Equatable {
    /// The `version` pseudo-attribute, e.g. `1.0`.
    public var version: String
    /// The `encoding` pseudo-attribute as written, e.g. `utf-8`; nil when absent.
    public var encoding: String?
    /// The `standalone` pseudo-attribute (`yes` or `no`); nil when absent.
    public var standalone: String?

    /// Creates a declaration; the default is `<?xml version="1.0" encoding="utf-8"?>`.
    public init(version: String = "1.0", encoding: String? = "utf-8", standalone: String? = nil) {
        self.version = version
        self.encoding = encoding
        self.standalone = standalone
    }
}

/// A well-formed XML document: an optional declaration and the root element. Comments,
/// processing instructions and whitespace outside the root are not kept.
public struct XMLDocument: Sendable, Equatable {
    /// The XML declaration, when the document starts with one.
    public var declaration: XMLDeclaration?
    /// The root element.
    public var root: XMLElement

    /// Creates a document.
    public init(declaration: XMLDeclaration? = nil, root: XMLElement) {
        self.declaration = declaration
        self.root = root
    }
}
