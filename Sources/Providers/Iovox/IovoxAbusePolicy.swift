/// iovox's abuse defences: none is documented (seed 004, provider-facts.md § iovox), so the policy
/// assumes the common one: repeated 401s from one client are counted, and an HTTP 429 is a block.
/// iovox offers a sandbox host rather than a dry run.
enum IovoxAbusePolicy {
    /// The policy for the descriptor.
    static let policy = AbusePolicy(
        defence: "rate block", countedRequests: "bad-credential",
        counted: [AbusePolicy.ResponseSignal(status: 401)],
        budget: 3, window: 60,
        block: AbusePolicy.Block(signal: AbusePolicy.ResponseSignal(status: 429), liftsAfter: 600),
        source: "seed 004 (401 <error status=\"401\">); provider-facts.md § iovox (sandbox host)",
        assumed: [
            "401 answers count toward a block; no document says iovox blocks at all.",
            "At most three of them a minute are safe, and a 429 blocks for ten minutes; no document gives either.",
        ])
}
