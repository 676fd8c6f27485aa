import StructuredData

/// An iovox account as the fake knows it: the `username` and `secureKey` headers that authenticate it.
struct IovoxAccount: Sendable, Equatable {
    var username: String
    var secureKey: String

    /// The fake's default account (DESIGN.md: `username: test`, `secureKey: test-secure-key`).
    static let `default` = IovoxAccount(username: IovoxProvider.defaultUsername, secureKey: IovoxProvider.defaultSecureKey)

    var json: JSONValue {
        ["username": .string(username), "secure_key": .string(secureKey)]
    }

    /// Whether the request's headers are this account's.
    func authenticates(username: String?, secureKey: String?) -> Bool {
        username == self.username && secureKey == self.secureKey
    }

    /// Reads a control-API description `{"username": …, "secure_key": …}`; both are required.
    init(description: JSONValue) throws(ControlAPIError) {
        guard let object = description.objectValue else {
            throw ControlAPIError("expected a JSON object describing the account: {\"username\": …, \"secure_key\": …}")
        }
        let allowed: Set = ["username", "secure_key"]
        if let unknown = object.keys.first(where: { !allowed.contains($0) }) {
            throw ControlAPIError("account: unknown field \"\(unknown)\"; an iovox account has \"username\" and \"secure_key\"")
        }
        guard let username = object["username"]?.stringValue, !username.isEmpty else {
            throw ControlAPIError("account: \"username\" (a non-empty string, sent as the username header) is required")
        }
        guard let secureKey = object["secure_key"]?.stringValue, !secureKey.isEmpty else {
            throw ControlAPIError("account: \"secure_key\" (a non-empty string, sent as the secureKey header) is required")
        }
        self.init(username: username, secureKey: secureKey)
    }

    init(username: String, secureKey: String) {
        self.username = username
        self.secureKey = secureKey
    }
}
