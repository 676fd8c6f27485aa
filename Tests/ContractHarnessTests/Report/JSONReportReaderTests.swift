import ContractHarness
import StructuredData
import Testing

@Suite struct JSONReportReaderTests {
    @Test func whatJSONReportWritesReadsBack() throws {
        var stale = SpecResult(spec: "lox24/e", provider: "lox24", sourcePath: "Specs/lox24/e.json", outcome: .passed,
                               notes: ["cassette is 40 days old"], duration: 0.25)
        stale.stale = true
        let results = ReportTests.results + [stale]
        let loaded = try JSONReportReader.read(JSONReport.bytes(results, target: "live", coverage: ["covered": 1]), file: "r.json")
        #expect(loaded.target == "live")
        #expect(loaded.coverage == ["covered": 1])
        #expect(JSONReport.json(loaded.results, target: "live") == JSONReport.json(results, target: "live"))
        #expect(loaded.results.last?.stale == true)
        #expect(loaded.results[1].differences == results[1].differences)
    }

    @Test(arguments: [
        ("[]", "$", "expected an object (a `run --report` file)"),
        ("{}", "$.results", "missing; this is not a `run --report` file"),
        (#"{"results": [1]}"#, "$.results[0]", "expected an object"),
        (#"{"results": [{"spec": "a", "provider": "p", "outcome": "won"}]}"#, "$.results[0].outcome", "\"won\" is not passed, failed, skipped or error"),
        (#"{"results": [{"outcome": "passed", "provider": "p"}]}"#, "$.results[0].spec", "expected a string"),
        (#"{"results": [{"spec": "a", "provider": "p", "outcome": "failed", "differences": [{}]}]}"#, "$.results[0].differences[0]", "expected an object with a path"),
    ])
    func malformedReportsNameThePlace(_ text: String, _ path: String, _ message: String) {
        #expect(throws: ReportReadError(file: "r.json", path: path, message: message)) { try JSONReportReader.read(Array(text.utf8), file: "r.json") }
    }

    @Test func invalidJSONIsAnError() {
        do {
            _ = try JSONReportReader.read(Array("{".utf8), file: "r.json")
            Issue.record("read invalid JSON")
        } catch {
            #expect(error.description.hasPrefix("r.json: $: not valid JSON"))
        }
    }
}
