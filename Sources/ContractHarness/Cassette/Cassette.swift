import Foundation
/// The traffic of one spec run: each request as sent and each response as received, secrets replaced.
public struct Cassette: Sendable, Equatable {
    /// The format version written in the file.
    public static let formatVersion = 1

    /// The spec id.
    public var spec: String
    /// The provider id.
    public var provider: String
    /// When it was recorded, ISO 8601 UTC.
    public var recordedAt: String
    /// Where it was recorded: `fake`, or the live base URL.
    public var target: String
    /// The exchanges, in order.
    public var interactions: [Interaction]

    /// Creates a cassette.
    public init(spec: String, provider: String, recordedAt: String, target: String, interactions: [Interaction]) {
        self.spec = spec
        self.provider = provider
        self.recordedAt = recordedAt
        self.target = target
        self.interactions = interactions
    }
}

extension Cassette {
    /// A `recorded_at` text as a date: ISO 8601 with fractional seconds (the proxy's) or without (a run's);
    /// nil when it is neither.
    public static func date(recordedAt text: String) -> Date? {
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text) ?? ISO8601DateFormatter().date(from: text)
    }
}
