@testable import Providers
import Testing

@Suite struct SkycoreErrorTests {
    @Test func theCatalogueHasEachFactsCodeOnceInOrder() {
        let codes = SkycoreError.catalogue.map(\.code)
        #expect(codes == [
            "E100", "E101", "E102", "E103", "E104", "E105", "E106", "E107", "E108", "E109", "E110", "E111", "E112", "E113", "E114",
            "E120", "E201", "E503", "E628", "E712", "E713", "E714", "E715",
        ])
        #expect(SkycoreError.catalogue.allSatisfy { $0.info.hasSuffix(".") && !$0.info.isEmpty })
    }

    @Test func onlyE100AndE111HaveDocumentedTexts() {
        #expect(SkycoreError.catalogue.filter(\.isDocumentedText).map(\.code) == ["E100", "E111"])
        #expect(SkycoreError.invalidSender.info == "Invalid Sender.")
    }

    @Test func onlyOperationalFailuresCanBeInjected() {
        #expect(SkycoreError.injectable.map(\.code) == ["E113", "E503", "E628"])
    }
}
