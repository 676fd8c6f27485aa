import Foundation

/// What a live provider's abuse defences react to, declared as data beside its fake: which answers
/// count toward a block, how many of them are safe within a window, what the block itself looks
/// like and when it lifts, and the dry-run endpoint a sending request can go to instead.
///
/// A live run keeps every counted request in a ledger shared by all runs on the machine and skips a
/// spec whose requests would go over ``budget`` (see `LiveLedger` in the harness).
public struct AbusePolicy: Sendable {
    /// The defence, as a reason names it: `IP block`.
    public let defence: String
    /// What the counted requests are called: `bad-credential`.
    public let countedRequests: String
    /// Answers that count toward the defence. A spec's step counts when its expectation matches one
    /// (predicted before anything is sent); a live answer counts when it matches one.
    public let counted: [ResponseSignal]
    /// How many counted requests are safe within ``window`` (below the provider's threshold).
    public let budget: Int
    /// The sliding window counted requests are remembered for, in seconds.
    public let window: TimeInterval
    /// The provider's block answer and how long it lasts, or nil when the provider documents none.
    public let block: Block?
    /// Where a sending request goes to be checked without being sent, or nil when there is no dry run.
    public let dryRun: DryRun?
    /// Where the values come from: the seed section or public source.
    public let source: String
    /// The values no document settles, each saying what was assumed.
    public let assumed: [String]

    /// Creates a policy.
    public init(defence: String, countedRequests: String, counted: [ResponseSignal], budget: Int, window: TimeInterval,
                block: Block?, dryRun: DryRun? = nil, source: String, assumed: [String] = []) {
        self.defence = defence
        self.countedRequests = countedRequests
        self.counted = counted
        self.budget = max(0, budget)
        self.window = window
        self.block = block
        self.dryRun = dryRun
        self.source = source
        self.assumed = assumed
    }

    /// A provider with no defence a live run could trip (nothing counted, no block, no dry run).
    public static let none = AbusePolicy(defence: "none", countedRequests: "no", counted: [], budget: 0, window: 0, block: nil,
                                         source: "no document describes one")

    /// Whether any answer counts at all.
    public var countsRequests: Bool { !counted.isEmpty }

    /// Whether an answer with `status` and `body` counts toward the defence.
    public func counts(status: Int?, body: String) -> Bool {
        counted.contains { $0.matches(status: status, body: body) }
    }
}

extension AbusePolicy {
    /// An answer recognised by its status, its body text, or both.
    public struct ResponseSignal: Sendable, Equatable {
        /// The HTTP status, or nil for any.
        public let status: Int?
        /// Texts one of which the body must contain, or empty for any body.
        public let bodyContains: [String]

        /// Creates a signal; give a status, body texts, or both.
        public init(status: Int? = nil, bodyContains: [String] = []) {
            self.status = status
            self.bodyContains = bodyContains
        }

        /// Whether an answer matches. An unknown status (a prediction from a spec without one) matches only by body.
        public func matches(status: Int?, body: String) -> Bool {
            if let expected = self.status {
                guard status == expected else { return false }
            } else if bodyContains.isEmpty {
                return false
            }
            return bodyContains.isEmpty || bodyContains.contains { body.contains($0) }
        }
    }

    /// The provider's block: the answer that says it, and how long it lasts.
    public struct Block: Sendable {
        /// The answer that says the block is on.
        public let signal: ResponseSignal
        /// How long after the block began it lifts, in seconds.
        public let liftsAfter: TimeInterval

        /// Creates a block description.
        public init(signal: ResponseSignal, liftsAfter: TimeInterval) {
            self.signal = signal
            self.liftsAfter = liftsAfter
        }
    }

    /// A dry-run endpoint: requests with ``method`` to ``path`` can go to ``dryRunPath`` instead,
    /// where the provider validates and prices them without sending anything.
    public struct DryRun: Sendable, Equatable {
        /// The sending request's method, `POST`.
        public let method: String
        /// The sending request's path, `/sms`.
        public let path: String
        /// The dry-run path, `/sms/dryrun`.
        public let dryRunPath: String

        /// Creates a dry-run description.
        public init(method: String, path: String, dryRunPath: String) {
            self.method = method
            self.path = path
            self.dryRunPath = dryRunPath
        }
    }
}
