import ContractHarness
import Foundation
import Testing

@Suite struct DocumentCoverageTests {
    static let items = DocumentItems(provider: "lox24", seed: "003_d449210a1a403a84.txt", items: [
        DocumentItem(id: "phone", kind: .field, text: "phone", sections: ["phone"]),
        DocumentItem(id: "text", kind: .field, text: "text", sections: ["text"]),
        DocumentItem(id: "listed", kind: .error, text: "listed", specs: ["lox24/b", "lox24/gone"]),
    ], sourcePath: "Coverage/lox24.json")

    @Test func itemsAreLinkedToTheirSpecs() {
        let specs = [DocumentItemTests.spec("lox24/b", section: "x › phone"), DocumentItemTests.spec("lox24/a", section: "phone (required)")]
        var other = DocumentItemTests.spec("iovox/t", section: "text")
        other.provider = "iovox"
        let coverage = DocumentCoverage(items: Self.items, specs: specs + [other])
        #expect(coverage.entries.map(\.specs) == [["lox24/a", "lox24/b"], [], ["lox24/b"]])
        #expect(coverage.covered == 2 && coverage.total == 3)
        #expect(abs(coverage.percent - 200.0 / 3) < 1e-9)
        #expect(coverage.uncovered.map(\.id) == ["text"])
        #expect(coverage.unknownSpecs.map(\.description) == ["item listed names spec lox24/gone, which does not exist"])
    }

    @Test func noItemsIsFullCoverage() {
        #expect(DocumentCoverage(items: DocumentItems(provider: "x", seed: "s", items: [], sourcePath: "c"), specs: []).percent == 100)
    }

    /// The repository's own data: every provider has a list, every item is encoded, every spec id named exists.
    @Test func theRepositoryDocumentsAreFullyCovered() throws {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        let (lists, problems) = DocumentItemsDecoder.loadAll(in: root.path + "/Coverage")
        #expect(problems.isEmpty, "\(problems)")
        #expect(Set(lists.map(\.provider)) == ["rox", "rox-email", "skycore", "lox24", "iovox"])
        let specs = SpecCatalog.loadAll(SpecCatalog.files(in: root.path + "/Specs")).specs
        for list in lists {
            let coverage = DocumentCoverage(items: list, specs: specs)
            #expect(coverage.uncovered.isEmpty, "\(list.provider): \(coverage.uncovered.map(\.id))")
            #expect(coverage.unknownSpecs.isEmpty, "\(coverage.unknownSpecs)")
            #expect(coverage.total >= 20)
        }
    }
}
