import StructuredData

/// One way actual traffic differs from what was expected: by the spec, or by the cassette.
public struct Difference: Sendable, Equatable, CustomStringConvertible {
    /// What the actual traffic was compared with.
    public enum Source: String, Sendable {
        /// The spec's expectation.
        case spec
        /// The recorded cassette.
        case cassette
        /// The shadow fake's prediction of a proxied answer (`smscontract proxy`).
        case shadow
        /// The provider's request rules, as the fake applies them (`smscontract proxy`).
        case conformance
    }

    /// What was compared.
    public var source: Source
    /// Where: `step/part`, then a JSON path for bodies, e.g. `send/body/$.phone`, `send/status`.
    public var path: String
    /// The expected value, or nil when the actual value should not be there.
    public var expected: JSONValue?
    /// The actual value, or nil when it is missing.
    public var actual: JSONValue?
    /// A matcher's explanation, when one failed (`expected a UUID`).
    public var message: String?

    /// Creates a difference.
    public init(source: Source, path: String, expected: JSONValue?, actual: JSONValue?, message: String? = nil) {
        self.source = source
        self.path = path
        self.expected = expected
        self.actual = actual
        self.message = message
    }

    /// Whether the actual traffic lacks a value the expectation has (absent, not `null`).
    public var actualMissing: Bool { actual == nil && expected != nil }
    /// Whether the expectation has no value where the actual traffic has one (the value should be absent).
    public var expectedMissing: Bool { expected == nil && actual != nil }

    /// `send/body/$.phone [spec]: expected "+4917…", got "+4915…"`; an absent value reads
    /// `got no value (missing)` or `expected no value (absent)`, never like JSON `null`.
    public var description: String {
        if DifferenceText.window(self) != nil { return DifferenceText.line(self) }
        let expectedText = message ?? "expected \(expected.map { JSONWriter.string($0) } ?? (expectedMissing ? "no value (absent)" : "nothing"))"
        let actualText = actual.map { JSONWriter.string($0) } ?? (actualMissing ? "no value (missing)" : "nothing")
        return "\(path) [\(source.rawValue)]: \(Self.shorten(expectedText)), got \(Self.shorten(actualText))"
    }

    private static func shorten(_ text: String) -> String {
        text.count <= 200 ? text : String(text.prefix(180)) + "… (\(text.count) characters)"
    }
}

extension Difference {
    /// Differences from a structural body diff, with paths under `prefix` (`send/body`).
    static func from(_ structural: [StructuralDifference], source: Source, prefix: String) -> [Difference] {
        structural.map { difference in
            Difference(source: source, path: "\(prefix)/\(difference.path)", expected: difference.expected,
                       actual: difference.actual, message: difference.message)
        }
    }
}
