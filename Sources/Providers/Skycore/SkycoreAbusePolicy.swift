/// Skycore's abuse defences, as far as provider-facts.md § skycore's error list suggests: E103 "API
/// access blocked for this account" and E120 "API request limit reached" stop an account. No public
/// document gives a threshold or a lift time, so both are assumed, on LOX24's cautious scale.
/// Skycore offers no dry run.
enum SkycoreAbusePolicy {
    /// The policy for the descriptor.
    static let policy = AbusePolicy(
        defence: "API block", countedRequests: "bad-credential",
        counted: [AbusePolicy.ResponseSignal(bodyContains: ["E102", "E104"])],
        budget: 3, window: 60,
        block: AbusePolicy.Block(signal: AbusePolicy.ResponseSignal(bodyContains: ["E103", "E120"]), liftsAfter: 600),
        source: "provider-facts.md § skycore (E102, E103, E104, E120)",
        assumed: [
            "E102 (api key required) and E104 (invalid API key) answers count toward a block; no document says so.",
            "At most three of them a minute are safe; no document gives a threshold.",
            "E103 or E120 means the account is blocked, for ten minutes; no document gives a lift time.",
        ])
}
