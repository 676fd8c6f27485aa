/// Red Oxygen's Email API: mail is answered by SMTP replies and bounces, not HTTP, and no document
/// describes a lock for wrong `[SENDER]` blocks (seed 001, provider-facts.md § rox-email). The ledger
/// counts HTTP answers only, so nothing is counted here.
enum RoxEmailAbusePolicy {
    /// The policy for the descriptor.
    static let policy = AbusePolicy.none
}
