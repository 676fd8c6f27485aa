import StructuredData

/// The reports a proxy writes at exit, in the shapes `run` writes: one result per exchange (its id is
/// the cassette's, its file the request line), drift and nonconformance as differences with their paths
/// (source `shadow` or `conformance`), and the summary over every exchange.
public enum ProxyReport {
    /// The `--report` JSON: `run`'s shape, plus a `proxy` member with the exchange counts.
    public static func json(_ results: [SpecResult], tally: ProxyTally, target: String) -> JSONValue {
        guard case .object(var object) = JSONReport.json(results, target: target) else { return JSONReport.json(results, target: target) }
        object["summary"] = [
            "passed": .integer(tally.agreed), "failed": .integer(tally.flagged),
            "skipped": .integer(tally.refused), "errors": .integer(tally.errors),
        ]
        object["proxy"] = [
            "exchanges": .integer(tally.exchanges), "unobserved": .integer(tally.unobserved),
            "results_kept": .integer(results.count),
        ]
        return .object(object)
    }

    /// The report's bytes: pretty JSON with a final newline.
    public static func bytes(_ results: [SpecResult], tally: ProxyTally, target: String) -> [UInt8] {
        JSONWriter.bytes(json(results, tally: tally, target: target), style: .pretty) + [UInt8(ascii: "\n")]
    }

    /// The `--html` page: `run`'s page, one row per exchange.
    public static func html(_ results: [SpecResult], tally: ProxyTally, target: String) -> String {
        HTMLReport.page(results, target: "\(target) — \(tally.line)")
    }
}
