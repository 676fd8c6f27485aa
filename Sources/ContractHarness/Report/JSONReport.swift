import StructuredData

/// The `--report` JSON: every result with its differences, and the summary.
///
/// `{"results":[{"spec":ID,"provider":P,"outcome":"passed|failed|skipped|error","differences":[{"path":…,"expected":…,"actual":…}]}],"summary":{…}}`
///
/// A value absent on one side is written as `null` with `"actual_missing": true` (or
/// `"expected_missing": true`), so a field that disappeared never reads like one that became `null`.
/// A live spec whose sending requests went to the provider's dry-run endpoint has `"dry_run": true`.
public enum JSONReport {
    /// The report for a run on `target`.
    public static func json(_ results: [SpecResult], target: String) -> JSONValue {
        let summary = RunSummary(results)
        return [
            "target": .string(target),
            "results": .array(results.map(entry)),
            "summary": [
                "passed": .integer(summary.passed), "failed": .integer(summary.failed),
                "skipped": .integer(summary.skipped), "errors": .integer(summary.errors),
            ],
        ]
    }

    /// The report's bytes: pretty JSON with a final newline.
    public static func bytes(_ results: [SpecResult], target: String) -> [UInt8] {
        JSONWriter.bytes(json(results, target: target), style: .pretty) + [UInt8(ascii: "\n")]
    }

    private static func entry(_ result: SpecResult) -> JSONValue {
        var object: JSONObject = [
            "spec": .string(result.spec),
            "provider": .string(result.provider),
            "file": .string(result.sourcePath),
            "outcome": .string(result.outcome.rawValue),
            "duration_ms": .number((result.duration * 100_000).rounded() / 100),
            "differences": .array(result.differences.map { difference in
                var entry: JSONObject = [
                    "path": .string(difference.path),
                    "source": .string(difference.source.rawValue),
                    "expected": difference.expected ?? .null,
                    "actual": difference.actual ?? .null,
                ]
                if let message = difference.message { entry["message"] = .string(message) }
                if difference.actualMissing { entry["actual_missing"] = true }
                if difference.expectedMissing { entry["expected_missing"] = true }
                return .object(entry)
            }),
        ]
        if let reason = result.reason { object["reason"] = .string(reason) }
        if result.stale { object["stale"] = true }
        if result.dryRun { object["dry_run"] = true }
        if !result.notes.isEmpty { object["notes"] = .array(result.notes.map(JSONValue.string)) }
        return .object(object)
    }
}
