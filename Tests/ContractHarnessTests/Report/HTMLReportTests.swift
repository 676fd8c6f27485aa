import Foundation
import ContractHarness
import Testing

@Suite struct HTMLReportTests {
    @Test func oneRowPerSpecWithDifferencesSideBySideAndEverythingEscaped() {
        let results = [
            SpecResult(spec: "lox24/a", provider: "lox24", sourcePath: "Specs/lox24/a.json", outcome: .passed),
            SpecResult(spec: "lox24/<b>", provider: "lox24", sourcePath: "Specs/lox24/b.json", outcome: .failed,
                       differences: [Difference(source: .cassette, path: "send/body/$.text", expected: "<script>", actual: "x & y")]),
        ]
        let page = HTMLReport.page(results, target: "live")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.components(separatedBy: "<tr id=").count == 3)
        #expect(page.contains("lox24/&lt;b&gt;"))
        #expect(page.contains("&quot;&lt;script&gt;&quot;"))
        #expect(page.contains("&quot;x &amp; y&quot;"))
        #expect(!page.contains("<script>"))
        #expect(page.contains("1 passed, 1 failed, 0 skipped, 0 errors"))
    }

    @Test func aMissingValueReadsMissingAndANullValueReadsNull() {
        let result = SpecResult(spec: "lox24/e", provider: "lox24", sourcePath: "Specs/lox24/e.json", outcome: .failed, differences: [
            Difference(source: .cassette, path: "send/body/$.iso2", expected: "US", actual: nil),
            Difference(source: .cassette, path: "send/body/$.parts_count", expected: 1, actual: .null),
            Difference(source: .spec, path: "send/headers/X-Extra", expected: nil, actual: "1"),
        ])
        let page = HTMLReport.page([result], target: "live")
        #expect(page.contains("<td><pre>&quot;US&quot;</pre></td><td><em class=\"absent\">(missing)</em></td>"))
        #expect(page.contains("<td><pre>1</pre></td><td><pre>null</pre></td>"))
        #expect(page.contains("<td><em class=\"absent\">(absent)</em></td><td><pre>&quot;1&quot;</pre></td>"))
    }

    @Test func aDryRunIsSaidSo() {
        var dry = SpecResult(spec: "lox24/send", provider: "lox24", sourcePath: "Specs/lox24/send.json", outcome: .passed)
        #expect(!HTMLReport.page([dry], target: "live").contains("dry run"))
        dry.dryRun = true
        #expect(HTMLReport.page([dry], target: "live").contains("<strong>dry run</strong>: nothing was sent or billed"))
    }
}
