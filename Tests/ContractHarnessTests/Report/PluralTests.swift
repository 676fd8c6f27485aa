import ContractHarness
import Testing

@Suite struct PluralTests {
    @Test(arguments: [(0, "problem", nil as String?, "0 problems"), (1, "problem", nil, "1 problem"), (2, "problem", nil, "2 problems"),
                      (1, "webhook batch", "webhook batches", "1 webhook batch"), (3, "webhook batch", "webhook batches", "3 webhook batches")])
    func countsArePluralisedUnlessOne(count: Int, noun: String, plural: String?, text: String) {
        #expect(Plural.count(count, noun, plural: plural) == text)
    }

    @Test func theSummaryLineSaysOneError() {
        let results = [SpecResult(spec: "a", provider: "lox24", sourcePath: "a.json", outcome: .error)]
        #expect(RunSummary(results).line == "0 passed, 0 failed, 0 skipped, 1 error")
        #expect(RunSummary([]).line == "0 passed, 0 failed, 0 skipped, 0 errors")
    }
}
