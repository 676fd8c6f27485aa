import StructuredData

/// A `--report` JSON file read back: the target it ran on, its results, and its coverage section.
public struct LoadedReport: Sendable {
    /// The file it was read from.
    public var file: String
    /// The target the run used (`fake`, `live`).
    public var target: String
    /// The results, in the report's order.
    public var results: [SpecResult]
    /// The report's `coverage` member, when it has one.
    public var coverage: JSONValue?

    /// Creates a loaded report.
    public init(file: String, target: String, results: [SpecResult], coverage: JSONValue? = nil) {
        self.file = file
        self.target = target
        self.results = results
        self.coverage = coverage
    }
}
