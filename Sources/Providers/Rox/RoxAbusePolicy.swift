/// Red Oxygen's abuse defences: none is documented (seed 000, provider-facts.md § rox). The policy
/// assumes authentication failures (result codes 2001–2010, answered with HTTP 200) are counted, ten
/// a minute at most: the suite's nine authentication specs fit in one run, a second run within the
/// minute waits. No block answer is known, and there is no dry run.
enum RoxAbusePolicy {
    /// The policy for the descriptor.
    static let policy = AbusePolicy(
        defence: "account lock", countedRequests: "authentication-failure",
        counted: [AbusePolicy.ResponseSignal(bodyContains: ["Authentication failed"])],
        budget: 10, window: 60, block: nil,
        source: "seed 000 (Result 2001–2010 \"Authentication failed…\"); provider-facts.md § rox",
        assumed: [
            "Authentication failures count toward a lock; no document says Red Oxygen locks at all.",
            "At most ten of them a minute are safe; no document gives a threshold.",
        ])
}
