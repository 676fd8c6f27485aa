import ContractHarness
import StructuredData
import Testing

@Suite struct ProxyReportTests {
    @Test func theReportHasRunsShapeWithCountsOverEveryExchange() {
        let results = [
            SpecResult(spec: "lox24/proxy-1", provider: "lox24", sourcePath: "POST /sms", outcome: .failed,
                       differences: [Difference(source: .shadow, path: "body/$.iso2", expected: "US", actual: "CA")]),
        ]
        let tally = ProxyTally(exchanges: 3, agreed: 2, flagged: 1)
        let json = ProxyReport.json(results, tally: tally, target: "proxy → fake")
        #expect(json["summary"] == ["passed": 2, "failed": 1, "skipped": 0, "errors": 0])
        #expect(json["proxy"]?["exchanges"] == 3)
        let entry = json["results"]?.arrayValue?.first
        #expect(entry?["spec"] == "lox24/proxy-1" && entry?["outcome"] == "failed" && entry?["file"] == "POST /sms")
        #expect(entry?["differences"]?.arrayValue?.first?["path"] == "body/$.iso2")
        #expect(entry?["differences"]?.arrayValue?.first?["source"] == "shadow")
        let html = ProxyReport.html(results, tally: tally, target: "proxy → fake")
        #expect(html.contains("body/$.iso2 [shadow]") && html.contains("3 exchanges: 2 agreed"))
    }
}
