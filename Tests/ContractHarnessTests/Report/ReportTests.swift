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

    @Test func theConsoleReportShowsOneLinePerSpecThenTheFailuresTogether() {
        let console = ConsoleReport(colored: false)
        let lines = Self.results.flatMap(console.lines(for:))
        #expect(lines == ["PASS lox24/a (4 ms)", "FAIL lox24/b (0 ms) — 1 difference", "SKIP lox24/c — SMSCONTRACT_LOX24_URL is not set", "ERROR lox24/d — no cassette"])
        #expect(console.recap(Self.results) == [
            "", "2 failures:",
            "FAIL lox24/b — Specs/lox24/b.json",
            #"     send/body/$.phone [spec]: expected "+491", got "+492""#,
            "ERROR lox24/d — Specs/lox24/d.json",
            "     no cassette",
        ])
        #expect(console.recap(Array(Self.results.prefix(1))).isEmpty)
        #expect(console.summary(Self.results, seconds: 0.5).last == "1 passed, 1 failed, 1 skipped, 1 error (0.5 s)")
    }

    @Test func notesStayOnTheSpecsLineAndACassetteOnlyDifferenceSuggestsReRecording() {
        var edited = SpecResult(spec: "lox24/e", provider: "lox24", sourcePath: "Specs/lox24/e.json", outcome: .failed,
                                differences: [Difference(source: .cassette, path: "send/request/body/$.text", expected: "old", actual: "new")],
                                notes: ["cassette not recorded: the spec failed"])
        let console = ConsoleReport(colored: false)
        #expect(console.lines(for: edited) == ["FAIL lox24/e (0 ms) — 1 difference · cassette not recorded: the spec failed"])
        #expect(console.recap([edited]).last
            == "     hint: only the cassette differs; if you edited the spec on purpose, re-record it: swift run smscontract run --spec Specs/lox24/e.json --record all (then review and commit the cassette)")
        edited.differences.append(Difference(source: .spec, path: "send/status", expected: 201, actual: 400))
        #expect(edited.rerecordHint == nil)
    }

    @Test func refusedCredentialsReplaceTheDifferencesAndHeadlinesComeLast() {
        var refused = SpecResult(spec: "lox24/f", provider: "lox24", sourcePath: "Specs/lox24/f.json", outcome: .failed,
                                 differences: [Difference(source: .spec, path: "send/status", expected: 201, actual: 401)])
        refused.credentialRefusal = "lox24 refused the configured credentials (HTTP 401); check SMSCONTRACT_LOX24_TOKEN"
        let console = ConsoleReport(colored: false)
        #expect(console.lines(for: refused) == ["FAIL lox24/f (0 ms) — credentials refused"])
        #expect(console.recap([refused]).last == "     credentials refused — see the headline below (1 difference not shown)")
        #expect(console.headlines(RunVerdict([refused], failOnSkip: false)).first?.hasPrefix("error: live lox24 refused the configured credentials") == true)
    }

    @Test func colourIsOnlyUsedWhenAsked() {
        #expect(ConsoleReport(colored: true).lines(for: Self.results[0])[0].contains("\u{1B}[32m"))
        #expect(!ConsoleReport(colored: false).lines(for: Self.results[0])[0].contains("\u{1B}"))
    }
}
