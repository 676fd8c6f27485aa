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

    /// A field that disappeared and a field that became null: the same `null` in `actual`, told apart by the flag.
    static let missingAndNull = SpecResult(
        spec: "lox24/e", provider: "lox24", sourcePath: "Specs/lox24/e.json", outcome: .failed,
        differences: [
            Difference(source: .cassette, path: "send/body/$.iso2", expected: "US", actual: nil),
            Difference(source: .cassette, path: "send/body/$.parts_count", expected: 1, actual: .null),
            Difference(source: .spec, path: "send/headers/X-Extra", expected: nil, actual: "1"),
        ])

    @Test func theJSONReportSaysWhichSideIsMissing() throws {
        let report = try JSONParser.parse(JSONReport.bytes([Self.missingAndNull], target: "live"))
        let differences = try #require(report["results"]?.arrayValue?.first?["differences"]?.arrayValue)
        #expect(differences[0] == ["path": "send/body/$.iso2", "source": "cassette", "expected": "US", "actual": nil, "actual_missing": true])
        #expect(differences[1] == ["path": "send/body/$.parts_count", "source": "cassette", "expected": 1, "actual": nil])
        #expect(differences[2] == ["path": "send/headers/X-Extra", "source": "spec", "expected": nil, "actual": "1", "expected_missing": true])
    }

    @Test func theConsoleReportSaysMissingWhereAValueIsAbsentAndNullWhereItIsNull() {
        let lines = ConsoleReport(colored: false).lines(for: Self.missingAndNull)
        #expect(lines[1] == #"     send/body/$.iso2 [cassette]: expected "US", got no value (missing)"#)
        #expect(lines[2] == "     send/body/$.parts_count [cassette]: expected 1, got null")
        #expect(lines[3] == #"     send/headers/X-Extra [spec]: expected no value (absent), got "1""#)
    }

    @Test func dryRunsAreMarkedInEveryReport() throws {
        var dry = SpecResult(spec: "lox24/send", provider: "lox24", sourcePath: "Specs/lox24/send.json", outcome: .passed, duration: 0.002)
        dry.dryRun = true
        let console = ConsoleReport(colored: false)
        #expect(console.lines(for: dry)[0] == "PASS lox24/send (2 ms) [dry run]")
        #expect(console.summary([dry, Self.results[0]], seconds: 1).contains(
            "  1 spec ran as dry runs: checked against the provider with nothing sent or billed"))
        #expect(!console.summary(Self.results, seconds: 1).contains { $0.contains("dry run") })
        let report = try JSONParser.parse(JSONReport.bytes([dry, Self.results[0]], target: "live"))
        #expect(report["results"]?.arrayValue?[0]["dry_run"] == true)
        #expect(report["results"]?.arrayValue?[1]["dry_run"] == nil)
    }
}
