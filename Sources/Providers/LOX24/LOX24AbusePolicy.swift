/// LOX24's abuse defence as seed 003 and provider-facts.md § lox24 document it: more than three
/// requests with wrong credentials from one IP within a minute block that IP for ten minutes
/// (429 "IP address was temporary blocked…"). A live run stays at three, and sends its `sends`
/// specs to `POST /sms/dryrun` (lox24-client-php's `sendSms($sms, $dryRun)`), which validates and
/// prices without sending.
enum LOX24AbusePolicy {
    /// The policy for the descriptor.
    static let policy = AbusePolicy(
        defence: "IP block", countedRequests: "bad-credential",
        counted: [AbusePolicy.ResponseSignal(status: 401)],
        budget: 3, window: 60,
        block: AbusePolicy.Block(signal: AbusePolicy.ResponseSignal(status: 429), liftsAfter: 600),
        dryRun: AbusePolicy.DryRun(method: "POST", path: "/sms", dryRunPath: "/sms/dryrun"),
        source: "seed 003 § \"IP address was temporary blocked…\" (429); provider-facts.md § lox24",
        assumed: [
            "Every 401 counts as a bad-credential request, whether the token was wrong or missing (the seed says \"invalid credentials\").",
            "Any 429 is the IP block: the seed documents no other 429.",
        ])
}
