/// One of Skycore's error codes with the `error-info` text the fake answers it with.
///
/// Codes and meanings are the v1.3 appendix's (`provider-facts.md` § skycore). Only two v2 texts
/// are documented: E111 "Invalid Sender." (seed 002, Failure example) and E100 (the v2 example in
/// the facts). The others are the appendix's meaning written in the seed's style (title case, full
/// stop) and are marked assumed in every spec that shows them.
struct SkycoreError: Error, Sendable, Equatable {
    /// The code, e.g. `E111`.
    let code: String
    /// The text sent as `error-info`.
    let info: String
    /// Whether a Skycore document gives this exact v2 text.
    let isDocumentedText: Bool

    private init(_ code: String, _ info: String, documented: Bool = false) {
        self.code = code
        self.info = info
        self.isDocumentedText = documented
    }

    static let invalidRequest = SkycoreError(
        "E100", "Invalid request. Please make a valid JSON POST request with all the required variables.", documented: true)
    static let invalidAction = SkycoreError("E101", "Invalid Action.")
    static let apiKeyRequired = SkycoreError("E102", "API Key Required.")
    static let accessBlocked = SkycoreError("E103", "API Access Blocked For This Account.")
    static let invalidAPIKey = SkycoreError("E104", "Authentication Failed. Invalid API Key.")
    static let noAPIRights = SkycoreError("E105", "No API Rights.")
    static let minimumInterval = SkycoreError("E106", "Minimum Interval Between Calls Not Met.")
    static let noActionRights = SkycoreError("E107", "No Rights For This Action.")
    static let jsonParsingFailed = SkycoreError("E108", "JSON Parsing Failed.")
    static let notActivated = SkycoreError("E109", "API Not Activated.")
    static let invalidReceiver = SkycoreError("E110", "Invalid Receiver Number.")
    static let invalidSender = SkycoreError("E111", "Invalid Sender.", documented: true)
    static let ipNotWhitelisted = SkycoreError("E112", "IP Not Whitelisted.")
    static let throughputExceeded = SkycoreError("E113", "Throughput Exceeded.")
    static let numberBlacklisted = SkycoreError("E114", "Number Blacklisted.")
    static let requestLimitReached = SkycoreError("E120", "API Request Limit Reached.")
    static let receiverRequired = SkycoreError("E201", "Receiver Number Required.")
    static let internalError = SkycoreError("E503", "Internal Error.")
    static let operatorNotSupported = SkycoreError("E628", "Operator Not Supported.")
    static let textRequired = SkycoreError("E712", "Message Text Required.")
    static let billingProblem = SkycoreError("E713", "Billing Problem On The Account.")
    static let invalidCampaign = SkycoreError("E714", "Missing Or Invalid Campaign.")
    static let notSubscribed = SkycoreError("E715", "Number Not Subscribed To This Campaign.")

    /// Every code the fake can answer, in code order.
    static let catalogue: [SkycoreError] = [
        invalidRequest, invalidAction, apiKeyRequired, accessBlocked, invalidAPIKey, noAPIRights, minimumInterval,
        noActionRights, jsonParsingFailed, notActivated, invalidReceiver, invalidSender, ipNotWhitelisted,
        throughputExceeded, numberBlacklisted, requestLimitReached, receiverRequired, internalError,
        operatorNotSupported, textRequired, billingProblem, invalidCampaign, notSubscribed,
    ]

    /// Operational failures no request or account setting causes; `POST /__fake/skycore/failures` injects them.
    static let injectable: [SkycoreError] = [throughputExceeded, internalError, operatorNotSupported]
}
