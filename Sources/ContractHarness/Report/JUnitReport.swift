import StructuredData

/// The `--junit` report: JUnit XML as Jenkins, GitLab and dorny/test-reporter read it (the Jenkins
/// xUnit plugin's `junit-10.xsd`). One `<testsuite>` per provider, one `<testcase>` per spec named
/// by its id with its `file`; a failure lists every difference, a skip its reason, an error its cause.
public enum JUnitReport {
    /// The document for `results` (in their order; suites in the order providers first appear).
    public static func document(_ results: [SpecResult], name: String = "smscontract") -> XMLDocument {
        var providers: [String] = []
        for result in results where !providers.contains(result.provider) { providers.append(result.provider) }
        let suites = providers.map { provider in suite(provider, results.filter { $0.provider == provider }) }
        let total = RunSummary(results)
        let root = XMLElement(name: "testsuites", attributes: [
            attribute("name", name),
            attribute("tests", "\(results.count)"),
            attribute("failures", "\(total.failed)"),
            attribute("errors", "\(total.errors)"),
            attribute("time", seconds(results.reduce(0) { $0 + $1.duration })),
        ], children: suites.map(XMLNode.element))
        return XMLDocument(declaration: XMLDeclaration(version: "1.0", encoding: "UTF-8", standalone: nil), root: root)
    }

    /// The report's bytes: indented XML with a final newline.
    public static func bytes(_ results: [SpecResult], name: String = "smscontract") -> [UInt8] {
        XMLWriter.bytes(document(results, name: name), indent: true) + [UInt8(ascii: "\n")]
    }

    private static func suite(_ provider: String, _ results: [SpecResult]) -> XMLElement {
        let summary = RunSummary(results)
        return XMLElement(name: "testsuite", attributes: [
            attribute("name", provider),
            attribute("tests", "\(results.count)"),
            attribute("failures", "\(summary.failed)"),
            attribute("errors", "\(summary.errors)"),
            attribute("skipped", "\(summary.skipped)"),
            attribute("time", seconds(results.reduce(0) { $0 + $1.duration })),
        ], children: results.map { .element(testcase($0)) })
    }

    private static func testcase(_ result: SpecResult) -> XMLElement {
        var children: [XMLNode] = []
        switch result.outcome {
        case .passed:
            break
        case .failed:
            children.append(.element(XMLElement(name: "failure", attributes: [
                attribute("message", "\(Plural.count(result.differences.count, "difference")): \(result.differences.first?.path ?? "")"),
                attribute("type", "difference"),
            ], text: clean(result.differences.map(\.description).joined(separator: "\n")))))
        case .skipped:
            children.append(.element(XMLElement(name: "skipped", attributes: [attribute("message", result.reason ?? "skipped")])))
        case .error:
            let cause = result.reason ?? "error"
            children.append(.element(XMLElement(name: "error", attributes: [
                attribute("message", String(cause.split(separator: "\n").first ?? "error")),
                attribute("type", "error"),
            ], text: clean(cause))))
        }
        if !result.notes.isEmpty {
            children.append(.element(XMLElement(name: "system-out", text: clean(result.notes.joined(separator: "\n")))))
        }
        return XMLElement(name: "testcase", attributes: [
            attribute("name", result.spec),
            attribute("classname", result.provider),
            attribute("file", result.sourcePath),
            attribute("time", seconds(result.duration)),
        ], children: children)
    }

    private static func attribute(_ name: String, _ value: String) -> XMLAttribute {
        XMLAttribute(name: name, value: clean(value))
    }

    /// Seconds with millisecond precision, as `0.012`.
    static func seconds(_ value: Double) -> String {
        let milliseconds = Int((max(0, value) * 1000).rounded())
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// Text XML 1.0 can carry: control characters other than tab, line feed and carriage return
    /// (which a difference may quote from a binary body) become U+FFFD.
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: scalar
            default: "\u{FFFD}"
            }
        }))
    }
}
