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
            let source = Difference.Source(rawValue: difference["source"]?.stringValue ?? "spec") ?? .spec
            differences.append(Difference(source: source, path: differencePath, expected: present(difference["expected"]),
                                          actual: present(difference["actual"]), message: difference["message"]?.stringValue))
        }
        var result = SpecResult(spec: try string("spec"), provider: try string("provider"), sourcePath: object["file"]?.stringValue ?? "",
                                outcome: outcome, differences: differences, reason: object["reason"]?.stringValue,
                                notes: (object["notes"]?.arrayValue ?? []).compactMap(\.stringValue),
                                duration: (object["duration_ms"]?.numberValue ?? 0) / 1000)
        result.stale = object["stale"]?.boolValue ?? false
        return result
    }

    /// The report writes a missing value as null.
    private static func present(_ value: JSONValue?) -> JSONValue? {
        if case .null = value { return nil }
        return value
    }
}
