import Foundation

extension HTMLReport {
    /// The page with the document-coverage section (`CoverageReport.html`) after the results.
    public static func page(_ results: [SpecResult], target: String, metadata: RunMetadata? = nil, coverage: [DocumentCoverage]) -> String {
        let page = page(results, target: target, metadata: metadata)
        guard !coverage.isEmpty, let end = page.range(of: "</body></html>", options: .backwards) else { return page }
        return page.replacingCharacters(in: end, with: CoverageReport.html(coverage) + "</body></html>")
    }
}
