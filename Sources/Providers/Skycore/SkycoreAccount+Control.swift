import StructuredData

extension SkycoreAccount {
    /// The fields `POST /__fake/accounts` understands, in the order the docs list them.
    static let controlFields = [
        "api_key", "state", "enforce_campaign_check", "campaigns", "blacklist", "billing_ok", "credits", "can_send_sms",
        "ip_whitelist", "min_interval_seconds", "daily_request_limit", "postback_url",
    ]

    /// The key a control-API description names: its `api_key`, or the default account's when it has none.
    static func apiKey(in description: JSONValue) -> String {
        description["api_key"]?.stringValue ?? SkycoreProvider.defaultAPIKey
    }

    /// Reads a control-API description onto `existing` (or a new active account with the defaults).
    ///
    /// Every field is optional; `api_key` defaults to the default account's key, so
    /// `{"state": "blocked"}` blocks the default account. Given fields replace the stored ones
    /// (`campaigns` and `blacklist` whole); `null` clears `credits`, `min_interval_seconds`,
    /// `daily_request_limit` and `postback_url`. Numbers are international, with or without `+`.
    init(description: JSONValue, existing: SkycoreAccount?) throws(ControlAPIError) {
        guard let object = description.objectValue else { throw ControlAPIError("expected a JSON object describing the account") }
        if let unknown = object.keys.first(where: { !Self.controlFields.contains($0) }) {
            throw ControlAPIError("account: unknown field \"\(unknown)\"; known fields: \(Self.controlFields.joined(separator: ", "))")
        }
        let fields = ControlFields(object: object)
        let apiKey = try fields.string("api_key") ?? SkycoreProvider.defaultAPIKey
        guard !apiKey.isEmpty else { throw ControlAPIError("account: \"api_key\" must not be empty") }
        var account = existing ?? SkycoreAccount(apiKey: apiKey)
        if let name = try fields.string("state") {
            guard let state = State(rawValue: name) else {
                let names = State.allCases.map(\.rawValue).joined(separator: ", ")
                throw ControlAPIError("account: \"state\" must be one of \(names); got \"\(name)\"")
            }
            account.state = state
        }
        if let value = try fields.bool("enforce_campaign_check") { account.enforceCampaignCheck = value }
        if let value = try fields.bool("billing_ok") { account.billingOK = value }
        if let value = try fields.bool("can_send_sms") { account.canSendSMS = value }
        if let value = try fields.numbers("blacklist") { account.blacklist = value }
        if let value = try fields.strings("ip_whitelist") { account.ipWhitelist = value }
        if let value = try fields.campaigns() { account.campaigns = value }
        if let value = try fields.clearable("credits", { $0.intValue.flatMap { $0 >= 0 ? $0 : nil } }, "an integer ≥ 0") {
            account.credits = value
        }
        if let value = try fields.clearable("min_interval_seconds", { $0.numberValue.flatMap { $0 >= 0 ? $0 : nil } }, "a number ≥ 0") {
            account.minimumIntervalSeconds = value
        }
        if let value = try fields.clearable("daily_request_limit", { $0.intValue.flatMap { $0 >= 0 ? $0 : nil } }, "an integer ≥ 0") {
            account.dailyRequestLimit = value
        }
        if let value = try fields.clearable("postback_url", { $0.stringValue.flatMap(SkycorePostback.validURL) }, "an absolute http or https URL") {
            account.postbackURL = value
        }
        self = account
    }
}

/// Typed reads of an account description, each error naming the field.
private struct ControlFields {
    let object: JSONObject

    func string(_ name: String) throws(ControlAPIError) -> String? {
        guard let value = object[name] else { return nil }
        guard let string = value.stringValue else { throw ControlAPIError("account: \"\(name)\" must be a string") }
        return string
    }

    func bool(_ name: String) throws(ControlAPIError) -> Bool? {
        guard let value = object[name] else { return nil }
        guard let bool = value.boolValue else { throw ControlAPIError("account: \"\(name)\" must be true or false") }
        return bool
    }

    func strings(_ name: String) throws(ControlAPIError) -> [String]? {
        guard let value = object[name] else { return nil }
        guard let elements = value.arrayValue else { throw ControlAPIError("account: \"\(name)\" must be an array of strings") }
        var strings: [String] = []
        for element in elements {
            guard let string = element.stringValue else { throw ControlAPIError("account: \"\(name)\" must be an array of strings") }
            strings.append(string)
        }
        return strings
    }

    /// An array of international numbers, stored as their digits.
    func numbers(_ name: String) throws(ControlAPIError) -> Set<String>? {
        guard let value = object[name] else { return nil }
        return try Self.numbers(value, label: "\"\(name)\"")
    }

    /// The digits of each international number in `value`, an array of strings; errors name `label`.
    static func numbers(_ value: JSONValue, label: String) throws(ControlAPIError) -> Set<String> {
        guard let elements = value.arrayValue else { throw ControlAPIError("account: \(label) must be an array of numbers") }
        var digits = Set<String>()
        for element in elements {
            guard let string = element.stringValue, let number = SkycoreNumber.recipient(string) else {
                throw ControlAPIError("account: \(label): \(JSONWriter.string(element)) is not an international number such as \"+10000000001\"")
            }
            digits.insert(number.digits)
        }
        return digits
    }

    /// `{"campaign2345": ["+10000000001"]}`: campaign reference → subscribed numbers.
    func campaigns() throws(ControlAPIError) -> [String: Set<String>]? {
        guard let value = object["campaigns"] else { return nil }
        guard let campaigns = value.objectValue else {
            throw ControlAPIError("account: \"campaigns\" must be an object of campaign reference → array of subscribed numbers")
        }
        var result: [String: Set<String>] = [:]
        for (reference, subscribers) in campaigns {
            guard !reference.isEmpty else { throw ControlAPIError("account: \"campaigns\": a campaign reference must not be empty") }
            result[reference] = try Self.numbers(subscribers, label: "\"campaigns\" › \"\(reference)\"")
        }
        return result
    }

    /// A value that `null` clears: `.some(nil)` for null, `.some(value)` when valid, nil when absent.
    func clearable<Value>(_ name: String, _ read: (JSONValue) -> Value?, _ expected: String) throws(ControlAPIError) -> Value?? {
        guard let value = object[name] else { return nil }
        if value.isNull { return .some(nil) }
        guard let read = read(value) else { throw ControlAPIError("account: \"\(name)\" must be \(expected) or null") }
        return .some(read)
    }
}
