/// How much of one provider's document the specs encode: each item with the specs linked to it.
public struct DocumentCoverage: Sendable, Equatable {
    /// One item and the ids of the specs that encode it (empty: uncovered).
    public struct Entry: Sendable, Equatable {
        /// The item.
        public var item: DocumentItem
        /// The spec ids, sorted.
        public var specs: [String]
    }

    /// The provider id.
    public var provider: String
    /// The seed document.
    public var seed: String
    /// Every item, in document order.
    public var entries: [Entry]
    /// Spec ids an item lists that no loaded spec has (a renamed or deleted spec).
    public var unknownSpecs: [UnknownSpec]

    /// An item's `specs` entry that names no loaded spec.
    public struct UnknownSpec: Sendable, Equatable, CustomStringConvertible {
        /// The item id.
        public var item: String
        /// The spec id it names.
        public var spec: String

        /// The item and the spec id it names.
        public var description: String { "item \(item) names spec \(spec), which does not exist" }
    }

    /// Links each item of `items` with the specs (of any provider's list) that encode it.
    public init(items: DocumentItems, specs: [Spec]) {
        provider = items.provider
        seed = items.seed
        let own = specs.filter { $0.provider == items.provider }
        let ids = Set(specs.map(\.id))
        entries = items.items.map { item in Entry(item: item, specs: own.filter(item.isEncoded(by:)).map(\.id).sorted()) }
        unknownSpecs = items.items.flatMap { item in item.specs.filter { !ids.contains($0) }.map { UnknownSpec(item: item.id, spec: $0) } }
    }

    /// Items with at least one spec.
    public var covered: Int { entries.filter { !$0.specs.isEmpty }.count }
    /// All items.
    public var total: Int { entries.count }
    /// Covered over total, in percent (100 when there are no items).
    public var percent: Double { total == 0 ? 100 : Double(covered) * 100 / Double(total) }
    /// The items no spec encodes.
    public var uncovered: [DocumentItem] { entries.filter { $0.specs.isEmpty }.map(\.item) }
}
