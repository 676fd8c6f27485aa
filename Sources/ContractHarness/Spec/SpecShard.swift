/// One of N deterministic slices of a suite, `K/N` (1 ≤ K ≤ N), chosen by a stable hash of each
/// spec's id — so adding a spec elsewhere never moves another spec to a different shard.
public struct SpecShard: Sendable, Equatable, CustomStringConvertible {
    /// This shard, from 1.
    public let index: Int
    /// How many shards there are.
    public let count: Int

    /// A shard; nil unless 1 ≤ `index` ≤ `count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`, as `--shard` and `SMSCONTRACT_SHARD` give it.
    public init(parsing text: String) throws(SpecShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw SpecShardError(text: text, reason: "expected K/N, e.g. 1/3")
        }
        guard let shard = SpecShard(index: index, count: count) else {
            throw SpecShardError(text: text, reason: "K must be between 1 and N, and N at least 1")
        }
        self = shard
    }

    /// `2/3`.
    public var description: String { "\(index)/\(count)" }

    /// Whether the spec with `id` belongs to this shard.
    public func contains(id: String) -> Bool {
        Int(Self.stableHash(id) % UInt64(count)) == index - 1
    }

    /// FNV-1a (64-bit) of the id's UTF-8 bytes: the same on every machine, run and Swift version
    /// (unlike `Hasher`, which is seeded per process).
    public static func stableHash(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// A `--shard` or `SMSCONTRACT_SHARD` value that is not `K/N`.
public struct SpecShardError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The value as given.
    public let text: String
    /// What is wrong with it.
    public let reason: String

    public var description: String { "shard \"\(text)\": \(reason)" }
}
