import StructuredData

/// Reads what `JSONReport` wrote, so shard reports can be merged (`smscontract report merge`).
public enum JSONReportReader {
    /// Parses report bytes; `file` names the file in errors.
    public static func read(_ bytes: [UInt8], file: String) throws(ReportReadError) -> LoadedReport {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw ReportReadError(file: file, path: "$", message: "not valid JSON: \(error)")
        }
        guard let object = root.objectValue else { throw ReportReadError(file: file, path: "$", message: "expected an object (a `run --report` file)") }
        guard let entries = object["results"]?.arrayValue else {
            throw ReportReadError(file: file, path: "$.results", message: "missing; this is not a `run --report` file")
        }
        var results: [SpecResult] = []
        for (index, entry) in entries.enumerated() {
            results.append(try result(entry, at: "$.results[\(index)]", file: file))
        }
        return LoadedReport(file: file, target: object["target"]?.stringValue ?? "fake", results: results, coverage: object["coverage"])
    }

    private static func result(_ value: JSONValue, at path: String, file: String) throws(ReportReadError) -> SpecResult {
        guard let object = value.objectValue else { throw ReportReadError(file: file, path: path, message: "expected an object") }
        func string(_ key: String) throws(ReportReadError) -> String {
            guard let text = object[key]?.stringValue else { throw ReportReadError(file: file, path: "\(path).\(key)", message: "expected a string") }
            return text
        }
        let outcomeText = try string("outcome")
        guard let outcome = SpecResult.Outcome(rawValue: outcomeText) else {
            throw ReportReadError(file: file, path: "\(path).outcome", message: "\"\(outcomeText)\" is not passed, failed, skipped or error")
        }
        var differences: [Difference] = []
        for (index, entry) in (object["differences"]?.arrayValue ?? []).enumerated() {
            let place = "\(path).differences[\(index)]"
            guard let difference = entry.objectValue, let differencePath = difference["path"]?.stringValue else {
                throw ReportReadError(file: file, path: place, message: "expected an object with a path")
            }
            let sourceText = difference["source"]?.stringValue ?? "spec"
            guard let source = Difference.Source(rawValue: sourceText) else {
                throw ReportReadError(file: file, path: "\(place).source", message: "\"\(sourceText)\" is not spec, cassette, shadow or conformance")
            }
            let (expected, actual) = sides(difference)
            differences.append(Difference(source: source, path: differencePath, expected: expected, actual: actual,
                                          message: difference["message"]?.stringValue))
        }
        let durationMilliseconds = object["duration_ms"]?.numberValue ?? 0
        guard durationMilliseconds.isFinite, (0...Self.longestDurationMilliseconds).contains(durationMilliseconds) else {
            throw ReportReadError(file: file, path: "\(path).duration_ms", message: "expected milliseconds from 0 to \(Int(Self.longestDurationMilliseconds))")
        }
        var result = SpecResult(spec: try string("spec"), provider: try string("provider"), sourcePath: object["file"]?.stringValue ?? "",
                                outcome: outcome, differences: differences, reason: object["reason"]?.stringValue,
                                notes: (object["notes"]?.arrayValue ?? []).compactMap(\.stringValue),
                                duration: durationMilliseconds / 1000)
        result.stale = object["stale"]?.boolValue ?? false
        result.dryRun = object["dry_run"]?.boolValue ?? false
        return result
    }

    /// The longest duration a report may give a spec: a year, so that every report's durations stay
    /// whole numbers of milliseconds the JUnit and console reports can count.
    static let longestDurationMilliseconds = 365.0 * 86_400_000

    /// A difference's expected and actual values. The report writes an absent value as `null` and flags
    /// it (`expected_missing`, `actual_missing`); a `null` without the flag is JSON `null`, unless both
    /// sides are `null` and neither is flagged (a difference that only has a message).
    private static func sides(_ difference: JSONObject) -> (expected: JSONValue?, actual: JSONValue?) {
        let expected = difference["expected"] ?? .null, actual = difference["actual"] ?? .null
        let expectedFlag = difference["expected_missing"]?.boolValue == true, actualFlag = difference["actual_missing"]?.boolValue == true
        let neitherGiven = expected == .null && actual == .null && !expectedFlag && !actualFlag
        let expectedMissing = expectedFlag || neitherGiven, actualMissing = actualFlag || neitherGiven
        // `JSONValue` is nil-literal expressible: spell out the absent value, or `nil` would read as `.null`.
        let absent: JSONValue? = .none
        return (expected == .null && expectedMissing ? absent : expected, actual == .null && actualMissing ? absent : actual)
    }
}
