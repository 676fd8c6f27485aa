import Foundation
import ContractHarness
import Testing

@Suite struct HTMLReportTests {
    static let results = [
        SpecResult(spec: "lox24/a", provider: "lox24", sourcePath: "Specs/lox24/a.json", outcome: .passed),
        SpecResult(spec: "lox24/<b>", provider: "lox24", sourcePath: "Specs/lox24/b.json", outcome: .failed,
                   differences: [Difference(source: .cassette, path: "send/body/$.text", expected: "<script>", actual: "x & y")]),
        SpecResult(spec: "lox24/c", provider: "lox24", sourcePath: "Specs/lox24/c.json", outcome: .skipped, reason: "fake only"),
    ]

    @Test func oneRowPerSpecWithDifferencesSideBySideAndEverythingEscaped() {
        let page = HTMLReport.page(Self.results, target: "live")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.components(separatedBy: "<tr id=").count == 4)
        #expect(page.contains("lox24/&lt;b&gt;"))
        #expect(page.contains("&quot;&lt;script&gt;&quot;"))
        #expect(page.contains("&quot;x &amp; y&quot;"))
        #expect(page.components(separatedBy: "<script>").count == 2) // Only the page's own filter script.
        #expect(page.contains(">1 passed</a>") && page.contains(">1 failed</a>") && page.contains(">1 skipped</a>"))
        #expect(page.contains("<span class=\"error\">0 errors</span>")) // Nothing to link to.
    }

    @Test func failuresComeFirstAndTheSummaryLinksToThem() throws {
        let page = HTMLReport.page(Self.results, target: "fake")
        let failed = try #require(page.range(of: "<tr id=\"lox24/&lt;b&gt;\""))
        let passed = try #require(page.range(of: "<tr id=\"lox24/a\""))
        let skipped = try #require(page.range(of: "<tr id=\"lox24/c\""))
        #expect(failed.lowerBound < skipped.lowerBound && skipped.lowerBound < passed.lowerBound)
        #expect(page.contains("<a href=\"#outcome-failed\" class=\"failed\">1 failed</a>"))
        #expect(page.contains("<span id=\"outcome-failed\"></span>"))
        #expect(page.contains("<ol class=\"failures\"><li><a href=\"#lox24/&lt;b&gt;\">lox24/&lt;b&gt;</a></li></ol>"))
        #expect(page.contains("<input id=\"filter\" type=\"search\""))
    }

    @Test func theHeadingSaysWhenWhereFromWhichCommitAndCommand() {
        let metadata = RunMetadata(time: "2026-12-02T07:00:00Z", commit: "36a8710", command: "smscontract run --target live", failOnSkip: true)
        let page = HTMLReport.page(Self.results, target: "live", metadata: metadata)
        for value in ["2026-12-02T07:00:00Z", "36a8710", "smscontract run --target live"] {
            #expect(page.contains("<dd><code>\(value)</code></dd>"))
        }
        #expect(page.contains("<p class=\"headline\">1 spec skipped, and --fail-on-skip"))
    }

    @Test func refusedCredentialsAreTheHeadlineNotEveryRowsDifferences() {
        var refused = SpecResult(spec: "lox24/r", provider: "lox24", sourcePath: "r.json", outcome: .failed,
                                 differences: [Difference(source: .spec, path: "send/status", expected: 201, actual: 401)])
        refused.credentialRefusal = "lox24 refused the configured credentials (HTTP 401); check SMSCONTRACT_LOX24_TOKEN"
        let page = HTMLReport.page([refused], target: "live")
        #expect(page.components(separatedBy: "check SMSCONTRACT_LOX24_TOKEN").count == 2)
        #expect(page.contains("credentials refused: see the headline above (1 difference not shown)"))
        #expect(!page.contains("send/status"))
    }

    @Test func aPathThatDiffersFromSpecAndCassetteIsShownOnceWithBoth() {
        let differences = [
            Difference(source: .spec, path: "send/body/$.iso2", expected: "US", actual: "CA"),
            Difference(source: .cassette, path: "send/body/$.iso2", expected: "DE", actual: "CA"),
            Difference(source: .cassette, path: "send/status", expected: 201, actual: 200),
        ]
        #expect(DifferencePair.pairs(differences) == [
            DifferencePair(path: "send/body/$.iso2", spec: differences[0], cassette: differences[1]),
            DifferencePair(path: "send/status", spec: nil, cassette: differences[2]),
        ])
        let table = HTMLReport.page([SpecResult(spec: "lox24/x", provider: "lox24", sourcePath: "x.json", outcome: .failed, differences: differences)], target: "live")
        #expect(table.components(separatedBy: "send/body/$.iso2").count == 2)
        #expect(table.contains("<td><pre>&quot;US&quot;</pre></td><td><pre>&quot;DE&quot;</pre></td><td><pre>&quot;CA&quot;</pre></td>"))
        #expect(table.contains("<td><pre>—</pre></td><td><pre>201</pre></td><td><pre>200</pre></td>"))
    }

    @Test func aMissingValueReadsMissingAndANullValueReadsNull() {
        let result = SpecResult(spec: "lox24/e", provider: "lox24", sourcePath: "Specs/lox24/e.json", outcome: .failed, differences: [
            Difference(source: .cassette, path: "send/body/$.iso2", expected: "US", actual: nil),
            Difference(source: .cassette, path: "send/body/$.parts_count", expected: 1, actual: .null),
            Difference(source: .spec, path: "send/headers/X-Extra", expected: nil, actual: "1"),
        ])
        let page = HTMLReport.page([result], target: "live")
        // Columns: path, what the spec expects, what the cassette holds, actual.
        #expect(page.contains("<td><pre>—</pre></td><td><pre>&quot;US&quot;</pre></td><td><em class=\"absent\">(missing)</em></td>"))
        #expect(page.contains("<td><pre>—</pre></td><td><pre>1</pre></td><td><pre>null</pre></td>"))
        #expect(page.contains("<td><em class=\"absent\">(absent)</em></td><td><pre>—</pre></td><td><pre>&quot;1&quot;</pre></td>"))
    }

    @Test func aDryRunIsSaidSo() {
        var dry = SpecResult(spec: "lox24/send", provider: "lox24", sourcePath: "Specs/lox24/send.json", outcome: .passed)
        #expect(!HTMLReport.page([dry], target: "live").contains("dry run"))
        dry.dryRun = true
        #expect(HTMLReport.page([dry], target: "live").contains("<strong>dry run</strong>: nothing was sent or billed"))
    }
}
