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
}
