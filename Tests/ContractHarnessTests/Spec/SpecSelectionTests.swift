import ContractHarness
import Testing

@Suite struct SpecSelectionTests {
    static func spec(_ id: String, tags: [String] = []) -> Spec {
        let provider = String(id.split(separator: "/").first ?? "")
        var spec = Spec(id: id, provider: provider, title: id, seed: SeedReference(file: "f", section: "s"), live: .safe,
                        steps: [], sourcePath: "Specs/\(id).json")
        spec.tags = tags
        return spec
    }

    static let specs = [
        spec("lox24/send", tags: ["smoke"]), spec("lox24/fault-latency", tags: ["faults"]),
        spec("iovox/send", tags: ["smoke", "xml"]), spec("iovox/origin-empty"),
    ]

    @Test(arguments: [
        (SpecSelection(), ["lox24/send", "lox24/fault-latency", "iovox/send", "iovox/origin-empty"]),
        (SpecSelection(providers: ["iovox"]), ["iovox/send", "iovox/origin-empty"]),
        (SpecSelection(tags: ["smoke"]), ["lox24/send", "iovox/send"]),
        (SpecSelection(tags: ["xml", "faults"]), ["lox24/fault-latency", "iovox/send"]),
        (SpecSelection(ids: [GlobPattern("*/send")]), ["lox24/send", "iovox/send"]),
        (SpecSelection(ids: [GlobPattern("Specs/iovox/*")]), ["iovox/send", "iovox/origin-empty"]),
        (SpecSelection(excludes: [GlobPattern("*fault*"), GlobPattern("iovox/*")]), ["lox24/send"]),
        (SpecSelection(providers: ["lox24"], tags: ["smoke"], excludes: [GlobPattern("*send")]), []),
    ])
    func selects(_ selection: SpecSelection, _ expected: [String]) {
        #expect(selection.apply(Self.specs).map(\.id) == expected)
    }

    @Test func shardsPartitionASelection() throws {
        let selected = try (1...2).map { index in SpecSelection(shard: try SpecShard(parsing: "\(index)/2")).apply(Self.specs).map(\.id) }
        #expect((selected[0] + selected[1]).sorted() == Self.specs.map(\.id).sorted())
        #expect(Set(selected[0]).isDisjoint(with: selected[1]))
    }
}
