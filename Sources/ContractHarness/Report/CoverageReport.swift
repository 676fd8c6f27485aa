import StructuredData

/// Document coverage as `smscontract coverage` prints it, and as the JSON and HTML reports carry it.
public enum CoverageReport {
    /// `97.5%`: one decimal, rounded down so that anything short of every item never reads 100%.
    public static func percentText(_ percent: Double) -> String {
        let tenths = Int((percent * 10).rounded(.down))
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// Per provider `lox24 (003_….txt): 42/44 documented items covered (95.4%)`, then each uncovered
    /// item indented, then the total line.
    public static func lines(_ coverages: [DocumentCoverage]) -> [String] {
        var lines: [String] = []
        for coverage in coverages {
            lines.append("\(coverage.provider) (\(coverage.seed)): \(coverage.covered)/\(coverage.total) documented items covered (\(percentText(coverage.percent)))")
            for item in coverage.uncovered {
                lines.append("  uncovered \(coverage.provider)/\(item.id) [\(item.kind.rawValue)]: \(item.text)")
            }
        }
        let (covered, total) = totals(coverages)
        lines.append("total: \(covered)/\(total) documented items covered (\(percentText(total == 0 ? 100 : Double(covered) * 100 / Double(total))))")
        return lines
    }

    /// Covered and total items over every provider.
    public static func totals(_ coverages: [DocumentCoverage]) -> (covered: Int, total: Int) {
        (coverages.reduce(0) { $0 + $1.covered }, coverages.reduce(0) { $0 + $1.total })
    }

    /// The `coverage` member of the JSON report.
    public static func json(_ coverages: [DocumentCoverage]) -> JSONValue {
        let (covered, total) = totals(coverages)
        return [
            "covered": .integer(covered),
            "total": .integer(total),
            "providers": .array(coverages.map { coverage in
                [
                    "provider": .string(coverage.provider),
                    "seed": .string(coverage.seed),
                    "covered": .integer(coverage.covered),
                    "total": .integer(coverage.total),
                    "percent": .number((coverage.percent * 10).rounded(.down) / 10),
                    "items": .array(coverage.entries.map { entry in
                        [
                            "id": .string(entry.item.id), "kind": .string(entry.item.kind.rawValue), "text": .string(entry.item.text),
                            "specs": .array(entry.specs.map(JSONValue.string)),
                        ]
                    }),
                ]
            }),
        ]
    }

    /// The HTML report's coverage section: a table per provider, uncovered items first.
    public static func html(_ coverages: [DocumentCoverage]) -> String {
        let (covered, total) = totals(coverages)
        var html = "<h2 id=\"coverage\">Document coverage: \(covered)/\(total) items</h2>\n"
        for coverage in coverages {
            html += "<h3>\(HTMLReport.escape(coverage.provider)) — \(HTMLReport.escape(coverage.seed)): "
            html += "\(coverage.covered)/\(coverage.total) (\(percentText(coverage.percent)))</h3>\n"
            html += "<table><tr><th>item</th><th>kind</th><th>document</th><th>specs</th></tr>\n"
            for entry in coverage.entries.sorted(by: { $0.specs.isEmpty && !$1.specs.isEmpty }) {
                let specs = entry.specs.isEmpty ? "<span class=\"failed\">uncovered</span>"
                    : entry.specs.map { "<a href=\"#\(HTMLReport.escape($0))\">\(HTMLReport.escape($0))</a>" }.joined(separator: ", ")
                html += "<tr><td>\(HTMLReport.escape(entry.item.id))</td><td>\(entry.item.kind.rawValue)</td>"
                html += "<td>\(HTMLReport.escape(entry.item.text))</td><td>\(specs)</td></tr>\n"
            }
            html += "</table>\n"
        }
        return html
    }
}
