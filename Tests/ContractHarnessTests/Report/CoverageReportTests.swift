import ContractHarness
import StructuredData
import Testing

@Suite struct CoverageReportTests {
    static var coverage: [DocumentCoverage] {
        [DocumentCoverage(items: DocumentCoverageTests.items, specs: [DocumentItemTests.spec("lox24/b", section: "phone")])]
    }

    @Test(arguments: [(100.0, "100.0%"), (99.99, "99.9%"), (66.666, "66.6%"), (0.0, "0.0%")])
    func percentIsRoundedDown(_ value: Double, _ text: String) {
        #expect(CoverageReport.percentText(value) == text)
    }

    @Test func linesShowCountsAndEachUncoveredItem() {
        #expect(CoverageReport.lines(Self.coverage) == [
            "lox24 (003_d449210a1a403a84.txt): 2/3 documented items covered (66.6%)",
            "  uncovered lox24/text [field]: text",
            "total: 2/3 documented items covered (66.6%)",
        ])
    }

    @Test func jsonListsEveryItemWithItsSpecs() {
        let json = CoverageReport.json(Self.coverage)
        #expect(json["covered"] == 2 && json["total"] == 3)
        let provider = json["providers"]?.arrayValue?.first
        #expect(provider?["percent"] == 66.6)
        #expect(provider?["items"]?.arrayValue?.map { $0["specs"] } == [["lox24/b"], [], ["lox24/b"]])
    }

    @Test func theReportsCarryIt() throws {
        let report = try JSONParser.parse(JSONReport.bytes(ReportTests.results, target: "fake", coverage: CoverageReport.json(Self.coverage)))
        #expect(report["coverage"]?["total"] == 3)
        #expect(report["summary"] != nil)
        #expect(JSONReport.json(ReportTests.results, target: "fake", coverage: nil) == JSONReport.json(ReportTests.results, target: "fake"))
        let page = HTMLReport.page(ReportTests.results, target: "fake", coverage: Self.coverage)
        #expect(page.contains("<h2 id=\"coverage\">Document coverage: 2/3 items</h2>"))
        #expect(page.contains("<td>text</td><td>field</td><td>text</td><td><span class=\"failed\">uncovered</span></td>"))
        #expect(page.hasSuffix("</table>\n</body></html>\n"))
        #expect(HTMLReport.page(ReportTests.results, target: "fake", coverage: []) == HTMLReport.page(ReportTests.results, target: "fake"))
    }
}
