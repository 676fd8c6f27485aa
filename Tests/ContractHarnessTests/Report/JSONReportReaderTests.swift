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
        (#"{"results": [{"spec": "a", "provider": "p", "outcome": "failed", "differences": [{"path": "x", "source": "guess"}]}]}"#,
         "$.results[0].differences[0].source", "\"guess\" is not spec, cassette, shadow or conformance"),
        (#"{"results": [{"spec": "a", "provider": "p", "outcome": "passed", "duration_ms": 1e300}]}"#,
         "$.results[0].duration_ms", "expected milliseconds from 0 to 31536000000"),
        (#"{"results": [{"spec": "a", "provider": "p", "outcome": "passed", "duration_ms": -5}]}"#,
         "$.results[0].duration_ms", "expected milliseconds from 0 to 31536000000"),
    ])
    func malformedReportsNameThePlace(_ text: String, _ path: String, _ message: String) {
        #expect(throws: ReportReadError(file: "r.json", path: path, message: message)) { try JSONReportReader.read(Array(text.utf8), file: "r.json") }
    }

    /// A merge must not change what a shard said: a dry run stays one, and an actual value that was JSON
    /// `null` stays `null` rather than reading as missing (and the other way round).
    @Test func dryRunsAndNullValuesSurviveTheRoundTrip() throws {
        var dryRun = SpecResult(spec: "lox24/send", provider: "lox24", sourcePath: "Specs/lox24/send.json", outcome: .passed, duration: 0.1)
        dryRun.dryRun = true
        let differences = [
            Difference(source: .spec, path: "send/body/$.a", expected: 1, actual: .null),
            Difference(source: .spec, path: "send/body/$.b", expected: 1, actual: nil),
            Difference(source: .cassette, path: "send/body/$.c", expected: .null, actual: nil),
            Difference(source: .spec, path: "send/body/$.d", expected: nil, actual: .null),
            Difference(source: .spec, path: "send/status", expected: nil, actual: nil, message: "no answer"),
        ]
        let failed = SpecResult(spec: "lox24/f", provider: "lox24", sourcePath: "Specs/lox24/f.json", outcome: .failed,
                                differences: differences, duration: 0.2)
        let loaded = try JSONReportReader.read(JSONReport.bytes([dryRun, failed], target: "live"), file: "r.json")
        #expect(loaded.results.first?.dryRun == true)
        #expect(loaded.results.last?.differences == differences)
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
