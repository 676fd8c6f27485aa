import StructuredData

/// A report a person would rather read than JSON: one row per spec, and for each difference the
/// expected and actual values side by side.
public enum HTMLReport {
    /// The whole page for a run on `target`.
    public static func page(_ results: [SpecResult], target: String) -> String {
        let summary = RunSummary(results)
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>SMSContract report</title>
        <style>
        body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}
        .passed{color:#1a7f37}.failed{color:#cf222e}.skipped{color:#9a6700}.error{color:#8250df}
        pre{margin:0;white-space:pre-wrap;word-break:break-all;font:12px ui-monospace,monospace}
        .diff td:first-child{width:25%}.diff td{width:37%}.absent{color:#cf222e;font-style:italic}
        </style></head><body>
        <h1>SMSContract: \(escape(target))</h1>
        <p>\(escape(summary.line))</p>
        <table><tr><th>spec</th><th>outcome</th><th>details</th></tr>

        """
        for result in results {
            html += "<tr id=\"\(escape(result.spec))\"><td>\(escape(result.spec))<br><small>\(escape(result.sourcePath))</small></td>"
            html += "<td class=\"\(result.outcome.rawValue)\">\(result.outcome.rawValue)</td><td>"
            if let reason = result.reason { html += "<pre>\(escape(reason))</pre>" }
            if !result.differences.isEmpty {
                html += "<table class=\"diff\"><tr><th>path</th><th>expected</th><th>actual</th></tr>"
                for difference in result.differences {
                    let expected = difference.message ?? difference.expected.map { JSONWriter.string($0, style: .pretty) }
                    let actual = difference.actual.map { JSONWriter.string($0, style: .pretty) }
                    html += "<tr><td><pre>\(escape(difference.path)) [\(difference.source.rawValue)]</pre></td>"
                    html += "<td>\(cell(expected, absent: difference.expectedMissing ? "absent" : "nothing"))</td>"
                    html += "<td>\(cell(actual, absent: difference.actualMissing ? "missing" : "nothing"))</td></tr>"
                }
                html += "</table>"
            }
            if result.dryRun { html += "<div><strong>dry run</strong>: nothing was sent or billed</div>" }
            for note in result.notes { html += "<div><small>\(escape(note))</small></div>" }
            html += "</td></tr>\n"
        }
        return html + "</table></body></html>\n"
    }

    /// A value as preformatted JSON, or, when the value is absent, the word saying so (`missing`), styled
    /// apart from JSON `null`.
    private static func cell(_ value: String?, absent: String) -> String {
        guard let value else { return "<em class=\"absent\">(\(absent))</em>" }
        return "<pre>\(escape(value))</pre>"
    }

    /// Text safe inside HTML elements and attributes.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
