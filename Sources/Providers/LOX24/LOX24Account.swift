import SMSDomain
import StructuredData

/// A LOX24 account as the fake knows it: its API token, activation, balance, country and webhook.
struct LOX24Account: Sendable, Equatable {
    /// Whether the account may send.
    enum State: String, Sendable, CaseIterable {
        case active
        /// Answered with 403 "Account isn't activated…".
        case notActivated = "not_activated"
    }

    /// The full `X-LOX24-AUTH-TOKEN` value, `<clientId>:<apikey>`.
    var token: String
    /// The API key's id, shown as `key_id` in each SMS resource.
    var keyID: Int
    var state: State
    /// The balance in EUR; a send whose price exceeds it is answered with 402.
    var balance: Double
    /// Where the account is registered: national numbers are converted with this plan.
    var numberingPlan: NationalNumberingPlan
    /// Where `sms.delivery` events are posted (the account's notification settings); nil for none.
    var webhookURL: String?

    /// The fake's default account: the seed's example token, registered in Germany.
    static let `default` = LOX24Account(
        token: LOX24Provider.exampleToken, keyID: 8291, state: .active, balance: 1_000, numberingPlan: .germany)

    var json: JSONValue {
        [
            "token": .string(token),
            "key_id": .integer(keyID),
            "state": .string(state.rawValue),
            "balance": .number(balance),
            "country": .string(numberingPlan.regionCode),
            "webhook_url": webhookURL.map(JSONValue.string) ?? .null,
        ]
    }

    /// Reads a control-API description: `token` is required; other fields default to the default account's.
    /// `"state": "no_funds"` is shorthand for an active account with a balance of 0.
    init(description: JSONValue, existing: LOX24Account?) throws(ControlAPIError) {
        guard let object = description.objectValue else { throw ControlAPIError("expected a JSON object describing the account") }
        guard let token = object["token"]?.stringValue, !token.isEmpty else {
            throw ControlAPIError("account: \"token\" (string, \"<clientId>:<apikey>\") is required")
        }
        var account = existing ?? LOX24Account(token: token, keyID: 1000 + token.count, state: .active, balance: 1_000, numberingPlan: .germany)
        if let keyID = object["key_id"] {
            guard let value = keyID.intValue, value >= 1 else { throw ControlAPIError("account: \"key_id\" must be an integer ≥ 1") }
            account.keyID = value
        }
        if let balance = object["balance"] {
            guard let value = balance.numberValue else { throw ControlAPIError("account: \"balance\" must be a number") }
            account.balance = value
        }
        if let state = object["state"] {
            switch state.stringValue {
            case "no_funds":
                account.state = .active
                account.balance = 0
            case let name?:
                guard let value = State(rawValue: name) else {
                    throw ControlAPIError("account: \"state\" must be one of active, not_activated, no_funds; got \"\(name)\"")
                }
                account.state = value
            case nil:
                throw ControlAPIError("account: \"state\" must be a string")
            }
        }
        if let country = object["country"] { account.numberingPlan = try .fromCountryField(country) }
        if let webhook = object["webhook_url"] { account.webhookURL = try Self.webhookURL(webhook) }
        self = account
    }

    /// A webhook URL from the control API: an absolute http(s) URL, or null to remove it.
    private static func webhookURL(_ value: JSONValue) throws(ControlAPIError) -> String? {
        if value.isNull { return nil }
        guard let url = value.stringValue, let scheme = ["http://", "https://"].first(where: { url.lowercased().hasPrefix($0) }),
              url.count > scheme.count, !url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 })
        else { throw ControlAPIError("account: \"webhook_url\" must be an http(s) URL or null") }
        return url
    }

    private init(token: String, keyID: Int, state: State, balance: Double, numberingPlan: NationalNumberingPlan) {
        self.token = token
        self.keyID = keyID
        self.state = state
        self.balance = balance
        self.numberingPlan = numberingPlan
    }
}
