import ContractHarness
import StructuredData
import Testing

@Suite struct StepSummaryTests {
    @Test func summaryHasTotalsAProviderTableAndEachFailure() {
        let markdown = StepSummary.markdown(ReportTests.results, target: "fake")
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "## SMSContract on fake: ❌ 1 passed, 1 failed, 1 skipped, 1 error")
        #expect(lines.contains("| `lox24` | 1 | 1 | 1 | 1 |"))
        #expect(lines.contains("<details><summary><code>lox24/b</code> — failed (<code>Specs/lox24/b.json</code>)</summary>"))
        #expect(lines.contains(#"send/body/$.phone [spec]: expected "+491", got "+492""#))
        #expect(lines.contains("no cassette"))
        #expect(!markdown.contains("lox24/a</code>"))
    }

    @Test func aGreenRunHasNoFailuresSection() {
        let markdown = StepSummary.markdown([ReportTests.results[0]], target: "live")
        #expect(markdown.hasPrefix("## SMSContract on live: ✅ 1 passed"))
        #expect(!markdown.contains("### Failures"))
    }

    @Test func coverageIsSummarisedWhenGiven() {
        let items = DocumentItems(provider: "lox24", seed: "s", items: [DocumentItem(id: "a", kind: .field, text: "a", specs: ["lox24/a"])], sourcePath: "c")
        let markdown = StepSummary.markdown(ReportTests.results, target: "fake", coverage: [DocumentCoverage(items: items, specs: [])])
        #expect(markdown.contains("### Document coverage: 0/1 items"))
        #expect(markdown.contains("- `lox24`: 0/1 (0.0%)"))
    }

    @Test func lintSummaryListsProblemsInATable() {
        let problems = [SpecProblem(file: "Specs/x.json", location: SourceLocation(line: 4, column: 11), field: JSONPath.root.appending("live"), message: "a | b\nc")]
        let markdown = StepSummary.lintMarkdown(files: 3, problems: problems)
        #expect(markdown.hasPrefix("## SMSContract lint: ❌ 3 spec files, 1 with problems (1 problem)"))
        #expect(markdown.contains(#"| `Specs/x.json:4:11` | `$.live` | a \| b c |"#))
        #expect(StepSummary.lintMarkdown(files: 3, problems: []).hasPrefix("## SMSContract lint: ✅"))
        #expect(StepSummary.lintMarkdown(files: 1, problems: problems + problems).hasPrefix("## SMSContract lint: ❌ 1 spec file, 1 with problems (2 problems)"))
    }
}
