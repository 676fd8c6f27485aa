import StructuredData

/// A Skycore account as the fake knows it: its key, its API flags, its campaigns and the rules it
/// sends under. Set up with `POST /__fake/accounts` (see ``init(description:existing:)``).
struct SkycoreAccount: Sendable, Equatable {
    /// Whether the account may use the API at all.
    enum State: String, Sendable, CaseIterable {
        case active
        /// E103 "API Access Blocked For This Account."
        case blocked
        /// E105 "No API Rights."
        case noAPIRights = "no_api_rights"
        /// E109 "API Not Activated."
        case notActivated = "not_activated"

        /// The refusal this state causes, nil for an active account.
        var refusal: SkycoreError? {
            switch self {
            case .active: nil
            case .blocked: .accessBlocked
            case .noAPIRights: .noAPIRights
            case .notActivated: .notActivated
            }
        }
    }

    /// The `x-api-key` value (case-sensitive, as the seed says).
    var apiKey: String
    var state: State = .active
    /// "Enforce Campaign Check": `campaign-ref` is required and the recipient must be subscribed to it.
    var enforceCampaignCheck = false
    /// Campaign reference → the subscribed numbers, as E.164 digits without `+`.
    var campaigns: [String: Set<String>] = [:]
    /// Numbers (digits without `+`) the account may not send to (E114).
    var blacklist: Set<String> = []
    /// False: every send is refused with E713.
    var billingOK = true
    /// Message credits, one per part sent; nil is unlimited. Too few for a message: E713.
    var credits: Int?
    /// False: `sendsms` is refused with E107 "No Rights For This Action.".
    var canSendSMS = true
    /// Client addresses the key may be used from; empty allows any (else E112).
    var ipWhitelist: [String] = []
    /// Least time between two calls with this key; a call sooner is refused with E106.
    var minimumIntervalSeconds: Double?
    /// Most calls per UTC day of fake time; the next is refused with E120.
    var dailyRequestLimit: Int?
    /// Where MT and MO postbacks go (provider-facts.md § skycore: "the account's postback URL"); nil sends none.
    var postbackURL: String?

    /// The fake's default account: `x-api-key: test-api-key`, Enforce Campaign Check off (`DESIGN.md`).
    static let `default` = SkycoreAccount(apiKey: SkycoreProvider.defaultAPIKey)

    /// The account as `GET /__fake/accounts` shows it; numbers in E.164.
    var json: JSONValue {
        var campaignsJSON = JSONObject()
        for reference in campaigns.keys.sorted() {
            campaignsJSON[reference] = Self.numbersJSON(campaigns[reference] ?? [])
        }
        let object: JSONObject = [
            "api_key": .string(apiKey),
            "state": .string(state.rawValue),
            "enforce_campaign_check": .bool(enforceCampaignCheck),
            "campaigns": .object(campaignsJSON),
            "blacklist": Self.numbersJSON(blacklist),
            "billing_ok": .bool(billingOK),
            "credits": credits.map(JSONValue.integer) ?? .null,
            "can_send_sms": .bool(canSendSMS),
            "ip_whitelist": .array(ipWhitelist.map(JSONValue.string)),
            "min_interval_seconds": minimumIntervalSeconds.map(JSONValue.number) ?? .null,
            "daily_request_limit": dailyRequestLimit.map(JSONValue.integer) ?? .null,
            "postback_url": postbackURL.map(JSONValue.string) ?? .null,
        ]
        return .object(object)
    }

    /// Whether the recipient (E.164 digits) is subscribed to the campaign; false for an unknown campaign.
    func isSubscribed(_ digits: String, to campaign: String) -> Bool {
        campaigns[campaign]?.contains(digits) ?? false
    }

    private static func numbersJSON(_ digits: Set<String>) -> JSONValue {
        .array(digits.sorted().map { .string("+" + $0) })
    }
}
