import StructuredData

/// Finds the line of a spec file a difference is about: the step's expectation of the part that
/// differed (`send/status` → `steps[i].expect.status`, `send/body/$.phone` → `…expect.json.phone`),
/// else the step, else the top of the file. Used by GitHub annotations.
public struct SpecLineLocator: Sendable {
    private let document: JSONDocument?

    /// A locator over a spec file's bytes (nil when they are not JSON: every answer is line 1).
    public init(bytes: [UInt8]) {
        document = try? JSONParser.parseDocument(bytes)
    }

    /// Where `difference` points in the spec (or the first step, for a result without differences).
    public func location(of difference: Difference?) -> SourceLocation {
        guard let document else { return SourceLocation(line: 1, column: 1) }
        for path in candidates(for: difference?.path ?? "", in: document.root) {
            if let location = document.keyLocation(of: path) ?? document.location(of: path) { return location }
        }
        return SourceLocation(line: 1, column: 1)
    }

    /// The JSON paths to try, most precise first.
    private func candidates(for differencePath: String, in root: JSONValue) -> [JSONPath] {
        let parts = differencePath.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        let steps = root.objectValue?["steps"]?.arrayValue ?? []
        let stepIndex = steps.firstIndex { $0.objectValue?["name"]?.stringValue == parts.first } ?? (steps.isEmpty ? nil : 0)
        guard let stepIndex else { return [JSONPath.root.appending("steps")] }
        let step = JSONPath.root.appending("steps").appending(stepIndex)
        let expect = step.appending("expect")
        let part = parts.count > 1 ? parts[1] : ""
        let rest = parts.count > 2 ? parts[2] : ""
        var paths: [JSONPath] = []
        switch part {
        case "status", "transport_error":
            paths = [expect.appending(part)]
        case "headers":
            let headers = root.value(at: expect.appending("headers"))?.objectValue
            let name = headers?.members.first { $0.key.lowercased() == rest.lowercased() }?.key ?? rest
            paths = [expect.appending("headers").appending(name), expect.appending("headers")]
        case "body":
            for member in ["json", "xml", "text"] {
                let base = expect.appending(member)
                if let inner = try? JSONPath(parsing: rest.isEmpty ? "$" : rest) {
                    paths.append(JSONPath(base.components + inner.components))
                }
                paths.append(base)
            }
        case "outbox":
            if let inner = try? JSONPath(parsing: rest.isEmpty ? "$" : rest) {
                paths.append(JSONPath(expect.appending("outbox").components + inner.components))
            }
            paths.append(expect.appending("outbox"))
        case "smtp":
            paths = [expect.appending("smtp")]
        case "request", "step":
            paths = [step.appending("request"), step.appending("email")]
        case "callbacks":
            paths = [step.appending("callbacks")]
        default:
            break
        }
        return paths + [expect, step]
    }
}
