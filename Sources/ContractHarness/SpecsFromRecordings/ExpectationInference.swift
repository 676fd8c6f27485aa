import StructuredData

/// Turns a recorded response body into an expectation: every value that changes from call to call
/// (the provider's volatile paths, and anything shaped like a UUID or a timestamp) becomes a matcher
/// (`{"$match": "uuid"}`, `iso8601`, `integer`, `string`), everything else is expected as recorded.
enum ExpectationInference {
    /// The expected value for `body` with matchers in place of volatile values.
    static func expected(_ body: JSONValue, volatile patterns: [JSONPathPattern]) -> JSONValue {
        rewrite(body, at: .root, patterns: patterns)
    }

    /// The matcher for a value that varies, chosen by its shape.
    static func matcher(for value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text) where isUUID(text): ["$match": "uuid"]
        case .string(let text) where isTimestamp(text): ["$match": "iso8601"]
        case .string: ["$match": "string"]
        case .number(let number) where number.rounded() == number: ["$match": "integer"]
        case .number: ["$match": "number"]
        case .bool: ["$match": "boolean"]
        default: ["$match": "any"]
        }
    }

    /// Whether a string reads as a textual UUID.
    static func isUUID(_ text: String) -> Bool {
        text.wholeMatch(of: /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/) != nil
    }

    /// Whether a string reads as an ISO 8601 date-time (`2024-09-20T04:39:13.819Z`, `…+00:00`).
    static func isTimestamp(_ text: String) -> Bool {
        text.wholeMatch(of: /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/) != nil
    }

    private static func rewrite(_ value: JSONValue, at path: JSONPath, patterns: [JSONPathPattern]) -> JSONValue {
        if patterns.contains(where: { $0.matches(path) }) { return matcher(for: value) }
        switch value {
        case .object(let object):
            var rewritten = JSONObject()
            for (key, member) in object { rewritten[key] = rewrite(member, at: path.appending(key), patterns: patterns) }
            return .object(rewritten)
        case .array(let elements):
            return .array(elements.enumerated().map { rewrite($1, at: path.appending($0), patterns: patterns) })
        case .string(let text) where isUUID(text) || isTimestamp(text):
            return matcher(for: value)
        default:
            return value
        }
    }
}
