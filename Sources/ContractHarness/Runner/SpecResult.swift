import StructuredData

/// How one spec run ended, with every difference found.
public struct SpecResult: Sendable {
    /// The outcome, as reports name it.
    public enum Outcome: String, Sendable {
        case passed, failed, skipped, error
    }

    /// The spec id.
    public var spec: String
    /// The provider id.
    public var provider: String
    /// The spec file.
    public var sourcePath: String
    /// The outcome.
    public var outcome: Outcome
    /// Every difference from the spec and the cassette (empty unless failed).
    public var differences: [Difference]
    /// Why it was skipped or errored.
    public var reason: String?
    /// Notes worth showing even on success (a cassette was recorded, a fake-only check was skipped).
    public var notes: [String]
    /// Wall time of the run, in seconds.
    public var duration: Double
    /// Whether the cassette compared with is older than the configured maximum age.
    public var stale = false
    /// On a live target, why the provider refused the configured credentials (naming the variables to
    /// check), when it did; a run reports this once as a headline rather than as drift.
    public var credentialRefusal: String?
    /// Whether a live run sent the spec's sending requests to the provider's dry-run endpoint.
    public var dryRun = false

    /// Creates a result.
    public init(spec: String, provider: String, sourcePath: String, outcome: Outcome, differences: [Difference] = [],
                reason: String? = nil, notes: [String] = [], duration: Double = 0) {
        self.spec = spec
        self.provider = provider
        self.sourcePath = sourcePath
        self.outcome = outcome
        self.differences = differences
        self.reason = reason
        self.notes = notes
        self.duration = duration
    }
}
