/// How a whole run ends: its exit status and the headlines a person must read before any detail.
///
/// Nothing passes silently: a run in which no spec executed fails ("nothing ran: …", like pytest's
/// "no tests ran"); with `failOnSkip` any skip fails; refused live credentials are said once per
/// provider, with the variables to check, instead of as drift on every spec.
public struct RunVerdict: Sendable, Equatable {
    /// The headlines, most important first; empty for an ordinary run.
    public let headlines: [String]
    /// Whether the run succeeded: nothing failed or errored, something ran, and no headline says otherwise.
    public let succeeded: Bool

    /// Judges `results`; `failOnSkip` makes every skip a failure.
    public init(_ results: [SpecResult], failOnSkip: Bool) {
        var headlines: [String] = []
        var refusals: [(provider: String, message: String, count: Int)] = []
        for result in results {
            guard let message = result.credentialRefusal else { continue }
            if let index = refusals.firstIndex(where: { $0.provider == result.provider }) {
                refusals[index].count += 1
            } else {
                refusals.append((result.provider, message, 1))
            }
        }
        for refusal in refusals {
            let total = results.filter { $0.provider == refusal.provider }.count
            headlines.append("live \(refusal.message) — on \(refusal.count) of \(total) \(refusal.provider) specs; their differences are not drift")
        }
        headlines += Self.sharedErrors(results)
        let skipped = results.filter { $0.outcome == .skipped }
        if !results.isEmpty && skipped.count == results.count {
            headlines.append("nothing ran: all \(Plural.count(results.count, "spec")) were skipped (\(Self.reasons(skipped)))")
        } else if failOnSkip && !skipped.isEmpty {
            headlines.append("\(Plural.count(skipped.count, "spec")) skipped, and --fail-on-skip (SMSCONTRACT_FAIL_ON_SKIP=1) makes a skip fail (\(Self.reasons(skipped)))")
        }
        self.headlines = headlines
        succeeded = headlines.isEmpty && RunSummary(results).succeeded
    }

    /// One headline per provider whose specs (at least three) all errored for the same reason — an unreachable
    /// or misconfigured target — so the cause is read once rather than on every spec.
    static func sharedErrors(_ results: [SpecResult]) -> [String] {
        var providers: [String] = []
        for result in results where !providers.contains(result.provider) { providers.append(result.provider) }
        return providers.compactMap { provider in
            let own = results.filter { $0.provider == provider && $0.outcome != .skipped }
            guard own.count >= 3, own.allSatisfy({ $0.outcome == .error }), let reason = own[0].reason,
                  own.allSatisfy({ $0.reason == reason }) else { return nil }
            return "every \(provider) spec that ran (\(own.count)) stopped with the same error: \(reason.split(separator: "\n").first ?? "")"
        }
    }

    /// Whether the environment asks for skips to fail: `SMSCONTRACT_FAIL_ON_SKIP=1` (or `true`).
    public static func failOnSkip(environment: [String: String]) -> Bool {
        ["1", "true"].contains(environment["SMSCONTRACT_FAIL_ON_SKIP"]?.lowercased() ?? "")
    }

    /// The distinct skip reasons, most frequent first, at most three: `71 × SMSCONTRACT_LOX24_URL is not set`.
    static func reasons(_ skipped: [SpecResult]) -> String {
        var counts: [(reason: String, count: Int)] = []
        for result in skipped {
            let reason = result.reason ?? "no reason given"
            if let index = counts.firstIndex(where: { $0.reason == reason }) { counts[index].count += 1 } else { counts.append((reason, 1)) }
        }
        let sorted = counts.enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
        var text = sorted.prefix(3).map { "\($0.count) × \($0.reason)" }.joined(separator: "; ")
        if sorted.count > 3 { text += "; and \(Plural.count(sorted.count - 3, "other reason"))" }
        return text
    }
}
