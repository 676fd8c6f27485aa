import ContractHarness
import StructuredData
import Testing

@Suite struct ReportTests {
    static let results = [
        SpecResult(spec: "lox24/a", provider: "lox24", sourcePath: "Specs/lox24/a.json", outcome: .passed, duration: 0.004),
        SpecResult(spec: "lox24/b", provider: "lox24", sourcePath: "Specs/lox24/b.json", outcome: .failed,
                   differences: [Difference(source: .spec, path: "send/body/$.phone", expected: "+491", actual: "+492")]),
        SpecResult(spec: "lox24/c", provider: "lox24", sourcePath: "Specs/lox24/c.json", outcome: .skipped, reason: "SMSCONTRACT_LOX24_URL is not set"),
        SpecResult(spec: "lox24/d", provider: "lox24", sourcePath: "Specs/lox24/d.json", outcome: .error, reason: "no cassette"),
    ]

    @Test func theJSONReportHasTheDocumentedShape() throws {
        let report = try JSONParser.parse(JSONReport.bytes(Self.results, target: "fake"))
        #expect(report["summary"] == ["passed": 1, "failed": 1, "skipped": 1, "errors": 1])
        let failed = try #require(report["results"]?.arrayValue?[1])
        #expect(failed["outcome"] == "failed")
        #expect(failed["differences"] == [["path": "send/body/$.phone", "source": "spec", "expected": "+491", "actual": "+492"]])
        #expect(report["results"]?.arrayValue?[2]["reason"] == "SMSCONTRACT_LOX24_URL is not set")
    }

    @Test func theConsoleReportShowsOneLinePerSpecAndTheDifferences() {
        let console = ConsoleReport(colored: false)
        let lines = Self.results.flatMap(console.lines(for:))
        #expect(lines[0] == "PASS lox24/a (4 ms)")
        #expect(lines[1].hasPrefix("FAIL lox24/b"))
        #expect(lines[2] == #"     send/body/$.phone [spec]: expected "+491", got "+492""#)
        #expect(lines[3] == "SKIP lox24/c — SMSCONTRACT_LOX24_URL is not set")
        #expect(console.summary(Self.results, seconds: 0.5).last == "1 passed, 1 failed, 1 skipped, 1 errors (0.5 s)")
    }

    @Test func colourIsOnlyUsedWhenAsked() {
        #expect(ConsoleReport(colored: true).lines(for: Self.results[0])[0].contains("\u{1B}[32m"))
        #expect(!ConsoleReport(colored: false).lines(for: Self.results[0])[0].contains("\u{1B}"))
    }
}
