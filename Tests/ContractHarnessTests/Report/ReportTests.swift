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
        // The differences are printed in the failure recap: a blank line, "1 failure:", the spec, then them.
        let lines = Array(ConsoleReport(colored: false).recap([Self.missingAndNull]).dropFirst(2))
        #expect(lines.count == 4)
        guard lines.count == 4 else { return }
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
