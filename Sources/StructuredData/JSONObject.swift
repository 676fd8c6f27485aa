/// A JSON object: members in insertion order with keyed lookup. Two objects are equal when they
/// hold the same members, whatever their order.
///
/// Members live in one array in their order. Objects of up to ``linearSearchLimit`` members (request
/// bodies, API resources, headers) are searched linearly, which costs less than hashing a key;
/// larger ones (a 500-message batch) keep a key → position index as well.
public struct JSONObject: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    /// The members, in insertion order; keys are unique.
    private var entries: [(key: String, value: JSONValue)]
    /// Positions in `entries` by key; nil while the object is small enough to search linearly.
    private var index: [String: Int]?

    /// Objects with more members than this keep an index.
    static let linearSearchLimit = 32

    /// Creates an empty object.
    public init() {
        entries = []
        index = nil
    }

    /// Creates an empty object with room for `capacity` members before it needs to grow.
    public init(minimumCapacity capacity: Int) {
        entries = []
        entries.reserveCapacity(capacity)
        index = capacity > Self.linearSearchLimit ? Dictionary(minimumCapacity: capacity) : nil
    }

    /// Creates an object from members in order; a repeated key keeps its first position and last value.
    public init(_ members: [(String, JSONValue)]) {
        self.init(minimumCapacity: members.count)
        for (key, value) in members { self[key] = value }
    }

    /// Creates an object from a literal, in order.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }

    /// The member's value; setting nil removes the member, setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { entries[$0].value } }
        set {
            if let newValue {
                insert(newValue, for: key)
            } else if let position = position(of: key) {
                entries.remove(at: position)
                rebuildIndex()
            }
        }
    }

    /// The keys in insertion order.
    public var keys: [String] { entries.map(\.key) }

    /// The number of members.
    public var count: Int { entries.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { entries.isEmpty }

    /// The members in insertion order.
    public var members: [(key: String, value: JSONValue)] { entries }

    /// The keys in byte-wise sorted order, as canonical output uses them.
    public var sortedKeys: [String] { keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

    /// The same members with their keys in byte-wise sorted order (this level only).
    public func sortedByKey() -> JSONObject {
        var sorted = JSONObject(minimumCapacity: count)
        for member in sortedMembers { sorted[member.key] = member.value }
        return sorted
    }

    /// The members in byte-wise sorted order of their keys.
    var sortedMembers: [(key: String, value: JSONValue)] {
        entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    /// Iterates the members in insertion order.
    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        entries.makeIterator()
    }

    /// Whether both objects hold the same members, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.entries.allSatisfy { member in rhs[member.key] == member.value }
    }

    // MARK: Storage

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        // Comparing lengths first turns most mismatches into one integer comparison.
        let length = key.utf8.count
        for position in entries.indices {
            let candidate = entries[position].key
            if candidate.utf8.count == length, candidate == key { return position }
        }
        return nil
    }

    private mutating func insert(_ value: JSONValue, for key: String) {
        if index != nil {
            // One hash in the usual case: the key is new.
            if let existing = index?.updateValue(entries.count, forKey: key) {
                index?[key] = existing
                entries[existing].value = value
            } else {
                entries.append((key, value))
            }
            return
        }
        if let existing = position(of: key) {
            entries[existing].value = value
            return
        }
        entries.append((key, value))
        if entries.count > Self.linearSearchLimit { rebuildIndex() }
    }

    private mutating func rebuildIndex() {
        guard entries.count > Self.linearSearchLimit else {
            index = nil
            return
        }
        var positions = [String: Int](minimumCapacity: entries.count)
        for (position, entry) in entries.enumerated() { positions[entry.key] = position }
        index = positions
    }
}
