import StructuredData

extension JSONReport {
    /// The report with a `coverage` member (see `CoverageReport.json`), when one is given.
    public static func json(_ results: [SpecResult], target: String, coverage: JSONValue?) -> JSONValue {
        var report = json(results, target: target)
        if let coverage, var object = report.objectValue {
            object["coverage"] = coverage
            report = .object(object)
        }
        return report
    }

    /// The report's bytes with a `coverage` member: pretty JSON with a final newline.
    public static func bytes(_ results: [SpecResult], target: String, coverage: JSONValue?) -> [UInt8] {
        JSONWriter.bytes(json(results, target: target, coverage: coverage), style: .pretty) + [UInt8(ascii: "\n")]
    }
}
