/// One documented item of a provider's seed document — a field rule, an error row, a result-code
/// range or a format — that at least one spec must encode.
public struct DocumentItem: Sendable, Equatable {
    /// What sort of documented thing it is.
    public enum Kind: String, Sendable, CaseIterable {
        /// A rule on a request or response field (required, length, pattern, allowed values).
        case field
        /// A row of an error table, or a documented error answer.
        case error
        /// A range or row of a result-code or status table.
        case resultCode = "result-code"
        /// A documented message format (a request shape, an email format, a receipt body).
        case format
    }

    /// Unique within the provider, e.g. `phone-pattern`; reported as `lox24/phone-pattern`.
    public var id: String
    /// What sort of item it is.
    public var kind: Kind
    /// One line naming the rule as the document states it.
    public var text: String
    /// Pieces of section text: a spec whose `seed.section` contains any of them encodes the item.
    public var sections: [String]
    /// Spec ids that encode the item although their section text does not say so.
    public var specs: [String]

    /// Creates an item.
    public init(id: String, kind: Kind, text: String, sections: [String] = [], specs: [String] = []) {
        self.id = id
        self.kind = kind
        self.text = text
        self.sections = sections
        self.specs = specs
    }

    /// Whether `spec` encodes this item: listed by id, or its section names one of the item's sections.
    public func isEncoded(by spec: Spec) -> Bool {
        specs.contains(spec.id) || sections.contains { spec.seed.section.contains($0) }
    }
}

/// Every documented item of one provider's seed document, as listed in `Coverage/<provider>.json`.
public struct DocumentItems: Sendable, Equatable {
    /// The provider id.
    public var provider: String
    /// The seed document's file name.
    public var seed: String
    /// The items, in document order.
    public var items: [DocumentItem]
    /// The file they were read from.
    public var sourcePath: String

    /// Creates a list.
    public init(provider: String, seed: String, items: [DocumentItem], sourcePath: String) {
        self.provider = provider
        self.seed = seed
        self.items = items
        self.sourcePath = sourcePath
    }
}
