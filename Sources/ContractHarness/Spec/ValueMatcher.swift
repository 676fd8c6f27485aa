import StructuredData

/// A matcher standing for a volatile value in an expectation: `{"$match": "uuid"}`.
///
/// A path matched by a matcher is volatile: its recorded value is never reported as drift.
public enum ValueMatcher: Sendable, Equatable {
    case any
    case string(minLength: Int?, maxLength: Int?)
    case number(min: Double?, max: Double?)
    case integer(min: Double?, max: Double?)
    case boolean
    /// A lower-case or upper-case RFC 4122 textual UUID.
    case uuid
    /// An ISO 8601 date-time such as `2024-09-20T04:39:13.819Z`.
    case iso8601
    /// Seconds since 1970 as an integer, within 2000…2100.
    case unixTime
    /// A string in which the pattern is found (anchor it with `^…$` to match the whole).
    case regex(String)
    /// One of the listed values.
    case oneOf([JSONValue])

    /// The key that marks a matcher object.
    public static let key = "$match"

    /// The matcher kinds, as spec files spell them.
    public static let kinds = ["any", "string", "number", "integer", "boolean", "uuid", "iso8601", "unix_time", "regex", "one_of"]

    /// Whether `value` is a matcher object (has a `$match` member).
    public static func isMatcher(_ value: JSONValue) -> Bool {
        value.objectValue?[key] != nil
    }

    /// The options each matcher kind takes besides `$match`.
    static let options: [String: [String]] = [
        "any": [], "boolean": [], "uuid": [], "iso8601": [], "unix_time": [], "string": ["min_length", "max_length"],
        "number": ["min", "max"], "integer": ["min", "max"], "regex": ["pattern"], "one_of": ["values"],
    ]

    /// The keys starting with `$` that spec files may use: the matcher key and the request generators.
    public static let reservedKeys = [key, "$repeat", "$concat"]

    /// Reads a matcher object, or explains what is wrong with it (a mistyped kind or option gets a "did you mean").
    public static func parse(_ object: JSONObject) -> Result<ValueMatcher, MatcherError> {
        guard let kind = object[key]?.stringValue else {
            return .failure(MatcherError(field: key, message: "\"$match\" must be a string, one of \(kinds.joined(separator: ", "))"))
        }
        guard let allowed = options[kind] else {
            let hint = NameSuggestion.closest(to: kind, in: kinds).map { "did you mean \"\($0)\"? Expected" } ?? "expected"
            return .failure(MatcherError(field: key, message: "unknown matcher \"\(kind)\"; \(hint) one of \(kinds.joined(separator: ", "))"))
        }
        if let extra = object.keys.first(where: { $0 != key && !allowed.contains($0) }) {
            let takes = allowed.isEmpty ? "it takes no options" : "it takes \(allowed.sorted().joined(separator: ", "))"
            let hint = NameSuggestion.closest(to: extra, in: allowed).map { "did you mean \"\($0)\"? " } ?? ""
            return .failure(MatcherError(field: extra, message: "unknown option \"\(extra)\" for a \(kind) matcher; \(hint)\(takes)"))
        }
        switch kind {
        case "any": return .success(.any)
        case "boolean": return .success(.boolean)
        case "uuid": return .success(.uuid)
        case "iso8601": return .success(.iso8601)
        case "unix_time": return .success(.unixTime)
        case "string": return .success(.string(minLength: object["min_length"]?.intValue, maxLength: object["max_length"]?.intValue))
        case "number": return .success(.number(min: object["min"]?.numberValue, max: object["max"]?.numberValue))
        case "integer": return .success(.integer(min: object["min"]?.numberValue, max: object["max"]?.numberValue))
        case "regex":
            guard let pattern = object["pattern"]?.stringValue else {
                return .failure(MatcherError(field: "pattern", message: "a regex matcher needs \"pattern\": a string"))
            }
            guard (try? Regex(pattern)) != nil else {
                return .failure(MatcherError(field: "pattern", message: "\"\(pattern)\" is not a valid regular expression"))
            }
            return .success(.regex(pattern))
        default:
            guard let values = object["values"]?.arrayValue, !values.isEmpty else {
                return .failure(MatcherError(field: "values", message: "a one_of matcher needs \"values\": a non-empty array"))
            }
            return .success(.oneOf(values))
        }
    }

    /// Checks a value, returning nil when it matches or what was expected when it does not.
    public func mismatch(_ value: JSONValue) -> String? {
        switch self {
        case .any:
            return nil
        case .boolean:
            return value.boolValue == nil ? "expected a boolean" : nil
        case .string(let minLength, let maxLength):
            guard let string = value.stringValue else { return "expected a string" }
            let length = string.unicodeScalars.count
            if let minLength, length < minLength { return "expected a string of at least \(minLength) characters, got \(length)" }
            if let maxLength, length > maxLength { return "expected a string of at most \(maxLength) characters, got \(length)" }
            return nil
        case .number(let min, let max):
            guard let number = value.numberValue else { return "expected a number" }
            return Self.rangeMismatch(number, min: min, max: max)
        case .integer(let min, let max):
            guard let number = value.intValue.map(Double.init) else { return "expected an integer" }
            return Self.rangeMismatch(number, min: min, max: max)
        case .uuid:
            guard let string = value.stringValue, Self.isUUID(string) else { return "expected a UUID" }
            return nil
        case .iso8601:
            guard let string = value.stringValue, Self.isISO8601(string) else { return "expected an ISO 8601 date-time" }
            return nil
        case .unixTime:
            guard let seconds = value.intValue, (946_684_800...4_102_444_800).contains(seconds) else {
                return "expected a Unix time in seconds (an integer between 2000 and 2100)"
            }
            return nil
        case .regex(let pattern):
            guard let string = value.stringValue else { return "expected a string matching /\(pattern)/" }
            guard let regex = try? Regex(pattern), (try? regex.firstMatch(in: string)) != nil else {
                return "expected a string matching /\(pattern)/"
            }
            return nil
        case .oneOf(let values):
            return values.contains(value) ? nil : "expected one of \(values.map { JSONWriter.string($0) }.joined(separator: ", "))"
        }
    }

    private static func rangeMismatch(_ number: Double, min: Double?, max: Double?) -> String? {
        if let min, number < min { return "expected at least \(JSONWriter.string(.number(min)))" }
        if let max, number > max { return "expected at most \(JSONWriter.string(.number(max)))" }
        return nil
    }

    static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if !isHexDigit(byte) {
                return false
            }
        }
        return true
    }

    static func isISO8601(_ text: String) -> Bool {
        // yyyy-MM-ddTHH:mm:ss, optional fraction, then Z or ±hh:mm
        let bytes = Array(text.utf8)
        guard bytes.count >= 20 else { return false }
        let digitPositions = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        guard digitPositions.allSatisfy({ isDigit(bytes[$0]) }),
              bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":") else { return false }
        var rest = bytes[19...]
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            let fraction = rest.prefix(while: isDigit)
            guard !fraction.isEmpty else { return false }
            rest = rest.dropFirst(fraction.count)
        }
        if Array(rest) == [UInt8(ascii: "Z")] { return true }
        let zone = Array(rest)
        return zone.count == 6 && (zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"))
            && isDigit(zone[1]) && isDigit(zone[2]) && zone[3] == UInt8(ascii: ":") && isDigit(zone[4]) && isDigit(zone[5])
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}

/// What is wrong with a matcher object: the member at fault and why.
public struct MatcherError: Error, Sendable, Equatable {
    /// The member of the matcher object at fault.
    public let field: String
    /// The explanation.
    public let message: String
}
