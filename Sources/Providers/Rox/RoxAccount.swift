import SMSDomain
import StructuredData

/// A Red Oxygen account as the fake knows it: its id, its registered user, whether it is enabled,
/// and the country its national numbers belong to.
struct RoxAccount: Sendable, Equatable {
    /// Whether the account may send.
    enum State: String, Sendable, CaseIterable {
        case active
        /// Authentication fails with ``RoxResultCode/accountDisabled`` even with the right password.
        case disabled
    }

    /// `Sender.AccountId`, matched exactly.
    var accountID: String
    /// `Sender.Username`, the registered user's email address, matched ignoring ASCII case.
    var username: String
    /// `Sender.Password`, matched exactly.
    var password: String
    var state: State
    /// National numbers (leading 0) are made international with this plan.
    var numberingPlan: NationalNumberingPlan

    /// The fake's default account: the seed's example credentials, in Australia.
    static let `default` = RoxAccount(
        accountID: RoxProvider.exampleAccountID, username: RoxProvider.exampleUsername, password: RoxProvider.examplePassword,
        state: .active, numberingPlan: .australia)

    /// Whether `username` names this account's user (email addresses compare ignoring case).
    func hasUser(_ username: String) -> Bool {
        username.lowercased() == self.username.lowercased()
    }

    /// The account as `GET /__fake/accounts` shows it.
    var json: JSONValue {
        [
            "account_id": .string(accountID),
            "username": .string(username),
            "password": .string(password),
            "state": .string(state.rawValue),
            "country": .string(numberingPlan.regionCode),
        ]
    }
}

extension RoxAccount {
    /// Reads a control-API description, `{"account_id", "username", "password", "state", "country"}`.
    ///
    /// `account_id` is always required; `username` and `password` are required for a new account
    /// and otherwise keep their values; `state` defaults to `active`, `country` to `AU`.
    init(description: JSONValue, existing: RoxAccount?) throws(ControlAPIError) {
        guard let object = description.objectValue else { throw ControlAPIError("expected a JSON object describing the account") }
        guard let accountID = object["account_id"]?.stringValue, !accountID.isEmpty else {
            throw ControlAPIError("account: \"account_id\" (string, e.g. \"CI00000002\") is required")
        }
        let username = try Self.text(object, "username", existing: existing?.username)
        let password = try Self.text(object, "password", existing: existing?.password)
        var account = existing ?? RoxAccount(accountID: accountID, username: username, password: password, state: .active, numberingPlan: .australia)
        account.username = username
        account.password = password
        if let state = object["state"] {
            guard let name = state.stringValue, let value = State(rawValue: name) else {
                throw ControlAPIError("account: \"state\" must be one of \(State.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            account.state = value
        }
        if let country = object["country"] { account.numberingPlan = try .fromCountryField(country) }
        self = account
    }

    private static func text(_ object: JSONObject, _ field: String, existing: String?) throws(ControlAPIError) -> String {
        guard let value = object[field] else {
            guard let existing else { throw ControlAPIError("account: \"\(field)\" (string) is required for a new account") }
            return existing
        }
        guard let text = value.stringValue, !text.isEmpty else { throw ControlAPIError("account: \"\(field)\" must be a non-empty string") }
        return text
    }
}
