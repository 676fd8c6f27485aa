import StructuredData
import Wire

/// Compares a response with a step's expectation (placeholders already expanded).
enum ExpectationChecker {
    /// Every way `response` differs from `expectation`, with paths under `step`.
    static func differences(_ response: HTTPResponse, body: RecordedBody, expectation: ResponseExpectation, step: String) -> [Difference] {
        var differences: [Difference] = []
        if let status = expectation.status, status != response.status {
            differences.append(Difference(source: .spec, path: "\(step)/status", expected: .integer(status), actual: .integer(response.status)))
        }
        for (name, expected) in expectation.headers {
            let actual = response.headers[name].map(JSONValue.string)
            if let mismatch = mismatch(expected: expected, actual: actual) {
                differences.append(Difference(source: .spec, path: "\(step)/headers/\(name)", expected: expected, actual: actual, message: mismatch))
            }
        }
        if let expected = expectation.body {
            // The expected format says how: member by member, or the whole value equal or matched.
            let format = expected.format, actual = format.expectedAgainst(body, response.bodyText)
            if format.comparesMembers {
                differences += structuredDifferences(expected: expected.value, actual: actual, exact: expected.exact, kind: format.kindName, body: body, step: step)
            } else if let mismatch = mismatch(expected: expected.value, actual: actual) {
                differences.append(Difference(source: .spec, path: "\(step)/body", expected: expected.value, actual: actual, message: mismatch))
            }
        }
        return differences
    }

    /// A member-by-member comparison (a JSON, form or XML body), or one difference when the body is of another kind.
    private static func structuredDifferences(expected: JSONValue, actual: JSONValue?, exact: Bool, kind: String, body: RecordedBody, step: String) -> [Difference] {
        guard let actual else {
            return [Difference(source: .spec, path: "\(step)/body", expected: expected, actual: body.summary, message: "expected \(RecordedBody.phrase(kind: kind)) (\(body.kindName) received)")]
        }
        let diff = StructuralDiff(extraMembers: exact ? .report : .ignore, override: matcherOverride)
        return Difference.from(diff.differences(expected: expected, actual: actual), source: .spec, prefix: "\(step)/body")
    }

    /// Compares the fake's outbox with the expected entries: the same count, each entry a superset of its expectation.
    static func outboxDifferences(actual: [JSONValue], expected: [JSONValue], step: String) -> [Difference] {
        let diff = StructuralDiff(extraMembers: .ignore, override: matcherOverride)
        return Difference.from(diff.differences(expected: .array(expected), actual: .array(actual)), source: .spec, prefix: "\(step)/outbox")
    }

    /// Nil when `actual` equals the literal or satisfies the matcher; otherwise what was expected.
    static func mismatch(expected: JSONValue, actual: JSONValue?) -> String? {
        guard let actual else { return "expected \(JSONWriter.string(expected)), but it is missing" }
        if let object = expected.objectValue, ValueMatcher.isMatcher(expected) {
            switch ValueMatcher.parse(object) {
            case .success(let matcher): return matcher.mismatch(actual)
            case .failure(let error): return "invalid matcher: \(error.message)"
            }
        }
        return expected == actual ? nil : "expected \(JSONWriter.string(expected))"
    }

    /// Lets `{"$match": …}` objects in an expected tree stand for any value they accept.
    static let matcherOverride: @Sendable (JSONValue, JSONValue, JSONPath) -> [StructuralDifference]? = { expected, actual, path in
        guard ValueMatcher.isMatcher(expected) else { return nil }
        guard let message = mismatch(expected: expected, actual: actual) else { return [] }
        var difference = StructuralDifference(path: path, kind: .changed, expected: expected, actual: actual)
        difference.message = message
        return [difference]
    }

    /// The paths in an expected tree that hold matchers: values that change from call to call.
    static func matcherPaths(in value: JSONValue, at path: JSONPath = .root) -> [JSONPath] {
        if ValueMatcher.isMatcher(value) { return [path] }
        switch value {
        case .object(let object):
            return object.flatMap { key, member in matcherPaths(in: member, at: path.appending(key)) }
        case .array(let elements):
            return elements.enumerated().flatMap { index, element in matcherPaths(in: element, at: path.appending(index)) }
        default:
            return []
        }
    }
}
