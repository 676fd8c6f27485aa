import StructuredData

/// Merges the reports of N shards into the report of one run: every result once, in spec-file order.
public enum ReportMerge {
    /// A spec that appears in two of the reports being merged (shards must not overlap).
    public struct Overlap: Error, Sendable, Equatable, CustomStringConvertible {
        /// The spec id.
        public var spec: String
        /// The two files it is in.
        public var files: [String]

        /// Creates an overlap error.
        public init(spec: String, files: [String]) {
            self.spec = spec
            self.files = files
        }

        /// The spec, both files, and what to do.
        public var description: String {
            "spec \(spec) is in both \(files.joined(separator: " and ")); shards of one run never overlap — merge each run's shards separately"
        }
    }

    /// The merged results (sorted by spec file, then id, as one run over `Specs/` orders them), the
    /// target (the reports' common one, else their targets joined by `+`), and the first coverage section.
    public static func merge(_ reports: [LoadedReport]) throws(Overlap) -> LoadedReport {
        var seen: [String: String] = [:]
        var results: [SpecResult] = []
        for report in reports {
            for result in report.results {
                if let first = seen[result.spec] { throw Overlap(spec: result.spec, files: [first, report.file]) }
                seen[result.spec] = report.file
                results.append(result)
            }
        }
        results.sort { ($0.sourcePath, $0.spec) < ($1.sourcePath, $1.spec) }
        var targets: [String] = []
        for report in reports where !targets.contains(report.target) { targets.append(report.target) }
        return LoadedReport(file: "", target: targets.isEmpty ? "fake" : targets.joined(separator: "+"), results: results,
                            coverage: reports.lazy.compactMap(\.coverage).first)
    }
}
