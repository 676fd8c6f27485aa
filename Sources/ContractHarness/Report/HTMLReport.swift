import StructuredData

/// A report a person would rather read than JSON, and that stays usable at a thousand specs: the run's
/// metadata and headlines, a summary whose counts and failures link to their rows, a filter box,
/// failures first, and each differing path once, with what the spec expects and what the cassette
/// holds beside the actual value.
public enum HTMLReport {
    /// The page for a run on `target`; `metadata` adds time, commit and command to the heading.
    public static func page(_ results: [SpecResult], target: String, metadata: RunMetadata? = nil) -> String {
        let summary = RunSummary(results)
        let verdict = RunVerdict(results, failOnSkip: metadata?.failOnSkip ?? false)
        var html = head + "<h1>SMSContract: \(escape(target))</h1>\n"
        if let metadata { html += metadataList(metadata, target: target) }
        for headline in verdict.headlines { html += "<p class=\"headline\">\(escape(headline))</p>\n" }
        html += "<p id=\"summary\">" + [
            ("failed", summary.failed), ("error", summary.errors), ("skipped", summary.skipped), ("passed", summary.passed),
        ].map { outcome, count in
            let text = outcome == "error" ? Plural.count(count, "error") : "\(count) \(outcome)"
            return count == 0 ? "<span class=\"\(outcome)\">\(text)</span>" : "<a href=\"#\(outcomeAnchor(outcome))\" class=\"\(outcome)\">\(text)</a>"
        }
            .joined(separator: " · ") + "</p>\n"
        let failures = results.filter { $0.outcome == .failed || $0.outcome == .error }
        if !failures.isEmpty {
            html += "<ol class=\"failures\">" + failures.map { "<li><a href=\"#\(escape($0.spec))\">\(escape($0.spec))</a></li>" }.joined() + "</ol>\n"
        }
        html += "<p><input id=\"filter\" type=\"search\" placeholder=\"filter: spec, provider, path or text\" autofocus></p>\n"
        html += "<table id=\"results\"><tr><th>spec</th><th>outcome</th><th>details</th></tr>\n"
        var anchored = Set<SpecResult.Outcome>()
        for result in ordered(results) {
            let first = anchored.insert(result.outcome).inserted
            html += row(result, anchor: first ? outcomeAnchor(result.outcome.rawValue) : nil)
        }
        return html + "</table>\n" + script + "</body></html>\n"
    }

    /// Failures first, then errors, skips and passes, each group in run order.
    static func ordered(_ results: [SpecResult]) -> [SpecResult] {
        let rank: [SpecResult.Outcome: Int] = [.failed: 0, .error: 1, .skipped: 2, .passed: 3]
        return results.enumerated().sorted { (rank[$0.element.outcome] ?? 4, $0.offset) < (rank[$1.element.outcome] ?? 4, $1.offset) }.map(\.element)
    }

    private static func outcomeAnchor(_ outcome: String) -> String { "outcome-\(outcome)" }

    private static func metadataList(_ metadata: RunMetadata, target: String) -> String {
        var items = [("time", metadata.time), ("target", target)]
        if let commit = metadata.commit { items.append(("commit", commit)) }
        if let command = metadata.command { items.append(("command", command)) }
        return "<dl class=\"meta\">" + items.map { "<dt>\($0.0)</dt><dd><code>\(escape($0.1))</code></dd>" }.joined() + "</dl>\n"
    }

    private static func row(_ result: SpecResult, anchor: String?) -> String {
        var html = "<tr id=\"\(escape(result.spec))\" class=\"row \(result.outcome.rawValue)\">"
        html += "<td>" + (anchor.map { "<span id=\"\($0)\"></span>" } ?? "")
        html += "<a href=\"#\(escape(result.spec))\">\(escape(result.spec))</a><br><small>\(escape(result.sourcePath))</small></td>"
        html += "<td class=\"\(result.outcome.rawValue)\">\(result.outcome.rawValue)</td><td>"
        if result.credentialRefusal != nil {
            html += "<p>credentials refused: see the headline above (\(Plural.count(result.differences.count, "difference")) not shown)</p>"
        } else {
            if let reason = result.reason { html += "<pre>\(escape(reason))</pre>" }
            if !result.differences.isEmpty { html += differenceTable(result.differences) }
        }
        if result.dryRun { html += "<div><strong>dry run</strong>: nothing was sent or billed</div>" }
        if let hint = result.rerecordHint { html += "<div><small>hint: \(escape(hint))</small></div>" }
        for note in result.notes { html += "<div><small>\(escape(note))</small></div>" }
        return html + "</td></tr>\n"
    }

    /// One row per path: a spec and a cassette difference of the same path and actual value share it.
    static func differenceTable(_ differences: [Difference]) -> String {
        var html = "<table class=\"diff\"><tr><th>path</th><th>the spec expects</th><th>the cassette (or shadow) holds</th><th>actual</th></tr>"
        for pair in DifferencePair.pairs(differences) {
            // A proxy's shadow or conformance difference sits in the second column; its source is named.
            let other = pair.cassette.map(\.source).flatMap { $0 == .cassette ? nil : " [\($0.rawValue)]" } ?? ""
            html += "<tr><td><pre>\(escape(pair.path + other))</pre></td>"
            html += "<td>\(pair.spec.map(expectedCell) ?? "<pre>—</pre>")</td>"
            html += "<td>\(pair.cassette.map(expectedCell) ?? "<pre>—</pre>")</td>"
            let missing = (pair.spec ?? pair.cassette)?.actualMissing == true
            html += "<td>\(cell(pair.actual.map { JSONWriter.string($0, style: .pretty) }, absent: missing ? "missing" : "nothing"))</td></tr>"
        }
        return html + "</table>"
    }

    private static func expectedCell(_ difference: Difference) -> String {
        if let window = DifferenceText.window(difference) {
            return cell("differs at character \(window.offset + 1): \(window.expected)", absent: "nothing")
        }
        let text = difference.message ?? difference.expected.map { JSONWriter.string($0, style: .pretty) }
        return cell(text, absent: difference.expectedMissing ? "absent" : "nothing")
    }

    private static let head = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8"><title>SMSContract report</title>
    <style>
    body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
    table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}
    .passed{color:#1a7f37}.failed{color:#cf222e}.skipped{color:#9a6700}.error{color:#8250df}
    .headline{font-weight:bold;color:#cf222e}dl.meta{display:grid;grid-template-columns:max-content auto;gap:0 1em}dd{margin:0}
    pre{margin:0;white-space:pre-wrap;word-break:break-all;font:12px ui-monospace,monospace}
    .diff td:first-child{width:22%}.diff td{width:26%}.absent{color:#cf222e;font-style:italic}#filter{width:40em;max-width:100%;font-size:14px;padding:4px}
    </style></head><body>

    """

    private static let script = """
    <script>
    document.getElementById('filter').addEventListener('input', function (event) {
      var words = event.target.value.toLowerCase().split(/\\s+/).filter(Boolean);
      document.querySelectorAll('#results tr.row').forEach(function (row) {
        var text = row.textContent.toLowerCase();
        row.style.display = words.every(function (word) { return text.indexOf(word) >= 0; }) ? '' : 'none';
      });
    });
    </script>

    """

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
