import SMSDomain
import StructuredData

/// A Red Oxygen account as the email fake knows it: its id, country, and the users who may send.
struct RoxEmailAccount: Sendable, Equatable {
    /// A user identified by the From address, authenticated by IP address or by password.
    struct User: Sendable, Equatable {
        /// The From address, lower-cased.
        var email: String
        /// The password a `[SENDER]` block must give.
        var password: String
        /// Addresses the user's mail server sends from; mail from them needs no `[SENDER]` block.
        var allowedIPs: [String]
    }

    /// The account id, e.g. `CI00000001`; also the prefix of Format 4 CSV file names.
    var accountID: String
    /// Domestic numbers (leading 0) are converted with this plan.
    var numberingPlan: NationalNumberingPlan
    var users: [User]

    /// The default account (DESIGN.md): the rox example user authenticated by password, and
    /// `alerts@your_domain.com` authenticated by IP from 127.0.0.1; country code 61.
    static let `default` = RoxEmailAccount(
        accountID: "CI00000001", numberingPlan: .australia,
        users: [
            User(email: "user@your_domain.com", password: "myPassword", allowedIPs: []),
            User(email: "alerts@your_domain.com", password: "", allowedIPs: ["127.0.0.1"]),
        ])

    var json: JSONValue {
        [
            "account_id": .string(accountID),
            "country": .string(numberingPlan.regionCode),
            "users": .array(users.map { user in
                ["email": .string(user.email), "password": .string(user.password), "allowed_ips": .array(user.allowedIPs.map(JSONValue.string))]
            }),
        ]
    }

    /// Reads a control-API description: `{"account_id": "CI00000002", "country": "NZ", "users": [{"email": …, "password": …, "allowed_ips": […]}]}`.
    init(description: JSONValue) throws(ControlAPIError) {
        guard let object = description.objectValue else { throw ControlAPIError("expected a JSON object describing the account") }
        guard let accountID = object["account_id"]?.stringValue, !accountID.isEmpty else {
            throw ControlAPIError("account: \"account_id\" (string, e.g. CI00000002) is required")
        }
        var plan = NationalNumberingPlan.australia
        if let country = object["country"] {
            guard let code = country.stringValue, let found = NationalNumberingPlan.forRegion(code) else {
                throw ControlAPIError("account: \"country\" must be an ISO 3166 alpha-2 code the fake knows (e.g. AU, NZ, GB)")
            }
            plan = found
        }
        var users: [User] = []
        for (index, entry) in (object["users"]?.arrayValue ?? []).enumerated() {
            guard let email = entry["email"]?.stringValue, email.contains("@") else {
                throw ControlAPIError("account: users[\(index)].email must be an email address")
            }
            let ips = entry["allowed_ips"]?.arrayValue?.compactMap(\.stringValue) ?? []
            users.append(User(email: email.lowercased(), password: entry["password"]?.stringValue ?? "", allowedIPs: ips))
        }
        self.init(accountID: accountID, numberingPlan: plan, users: users)
    }

    private init(accountID: String, numberingPlan: NationalNumberingPlan, users: [User]) {
        self.accountID = accountID
        self.numberingPlan = numberingPlan
        self.users = users
    }
}
