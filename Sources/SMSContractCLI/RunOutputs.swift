import ContractHarness
import Foundation
import Providers

/// What `run` writes besides its lines: `--report` JSON and `--html` (with document coverage),
/// `--junit` XML, and on GitHub Actions the failure annotations and the step summary.
struct RunOutputs {
    let configuration: RunConfiguration
    let environment: [String: String]
    let console: Console
    /// The providers the run knows: the document items and specs of coverage are read against it.
    var registry: ProviderRegistry = .builtIn
    /// Time, commit and command for the HTML report's heading.
    var metadata: RunMetadata?

    /// Writes every requested output; throws when a file cannot be written.
    func write(_ results: [SpecResult]) throws {
        let target = configuration.target.kind.rawValue
        let coverage = (configuration.reportPath != nil || configuration.htmlPath != nil || GitHubAnnotations.isEnabled(environment: environment))
            ? documentCoverage() : []
        if let path = configuration.reportPath {
            try AtomicFile.write(JSONReport.bytes(results, target: target, coverage: coverage.isEmpty ? nil : CoverageReport.json(coverage)), to: path)
        }
        if let path = configuration.htmlPath {
            try AtomicFile.write(Array(HTMLReport.page(results, target: target, metadata: metadata, coverage: coverage).utf8), to: path)
        }
        if let path = configuration.junitPath {
            try AtomicFile.write(JUnitReport.bytes(results), to: path)
        }
        if GitHubAnnotations.isEnabled(environment: environment) {
            let annotations = GitHubAnnotations.annotations(for: results) { FileManager.default.contents(atPath: $0).map(Array.init) }
            GitHubAnnotations().lines(annotations).forEach(console.out)
            if let path = environment["GITHUB_STEP_SUMMARY"], !path.isEmpty {
                try StepSummaryFile.append(StepSummary.markdown(results, target: target, coverage: coverage), to: path)
            }
        }
    }

    /// Coverage of the documents by every spec in `--specs` (not only the selected ones), when the
    /// items folder exists and reads cleanly; otherwise none (`smscontract coverage` reports problems).
    private func documentCoverage() -> [DocumentCoverage] {
        guard FileManager.default.fileExists(atPath: configuration.itemsDirectory) else { return [] }
        let (lists, problems) = DocumentItemsDecoder.loadAll(in: configuration.itemsDirectory, registry: registry)
        guard problems.isEmpty else { return [] }
        let specs = SpecCatalog.loadAll(SpecCatalog.files(in: configuration.specsDirectory), registry: registry).specs
        return lists.map { DocumentCoverage(items: $0, specs: specs) }
    }
}

/// `$GITHUB_STEP_SUMMARY` is appended to, never replaced: other steps of the job write there too.
enum StepSummaryFile {
    /// The summary file could not be appended to: which file, and why.
    struct AppendError: Error, CustomStringConvertible {
        let path: String
        let reason: String

        var description: String { "cannot append to GITHUB_STEP_SUMMARY (\(path)): \(reason)" }
    }

    static func append(_ markdown: String, to path: String) throws(AppendError) {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw AppendError(path: path, reason: "cannot create it (does its folder exist, and is it writable?)")
            }
        }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(markdown.utf8))
        } catch {
            throw AppendError(path: path, reason: error.localizedDescription)
        }
    }
}
