import ContractHarness
import Testing

@Suite struct SpecShardTests {
    @Test(arguments: [("1/3", 1, 3), ("3/3", 3, 3), ("1/1", 1, 1), ("12/40", 12, 40)])
    func parses(_ text: String, _ index: Int, _ count: Int) throws {
        let shard = try SpecShard(parsing: text)
        #expect(shard.index == index && shard.count == count)
        #expect(shard.description == text)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "-1/3", "x", "1/3/5", "", "1-3", "/3"])
    func refuses(_ text: String) {
        #expect(throws: SpecShardError.self) { try SpecShard(parsing: text) }
    }

    /// FNV-1a 64 of the id: fixed values, so shard membership never changes between machines or releases.
    @Test(arguments: [("", 0xcbf2_9ce4_8422_2325 as UInt64), ("a", 0xaf63_dc4c_8601_ec8c as UInt64), ("lox24/get-by-uuid", SpecShard.stableHash("lox24/get-by-uuid"))])
    func theHashIsStable(_ id: String, _ hash: UInt64) {
        #expect(SpecShard.stableHash(id) == hash)
    }

    @Test func everyIdIsInExactlyOneShardAndAddingIdsMovesNoOther() throws {
        let ids = (0..<300).map { "provider/spec-\($0)" }
        let shards = (1...3).compactMap { SpecShard(index: $0, count: 3) }
        for id in ids {
            #expect(shards.filter { $0.contains(id: id) }.count == 1)
        }
        let before = Dictionary(uniqueKeysWithValues: ids.map { id in (id, shards.firstIndex { $0.contains(id: id) }) })
        let grown = ids + (0..<50).map { "other/new-\($0)" }
        for id in ids {
            #expect(shards.firstIndex { $0.contains(id: id) } == before[id])
        }
        // Balanced enough to be worth splitting: no shard gets under a fifth of 350.
        for shard in shards {
            #expect(grown.filter(shard.contains(id:)).count > 70)
        }
    }
}
