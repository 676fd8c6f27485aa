import StructuredData

/// The request's `Sender` block — who is sending — and its check against the fake's accounts.
///
/// Checks in order, the first failure answering: `Sender` present (2001); `AccountId`, `Username`,
/// `Password` present (2002–2004); a known AccountId (2005); its registered user (2006); the
/// user's password (2007); the account enabled (2008).
struct RoxSender: Sendable, Equatable {
    var accountID: String
    var username: String
    var password: String

    /// Reads the `Sender` member of the request body.
    static func read(_ value: JSONValue?) throws(RoxRefusal) -> RoxSender {
        guard let sender = value?.objectValue else { throw RoxRefusal(.senderMissing) }
        return RoxSender(
            accountID: try nonEmptyString(sender["AccountId"], else: .accountIDMissing),
            username: try nonEmptyString(sender["Username"], else: .usernameMissing),
            password: try nonEmptyString(sender["Password"], else: .passwordMissing))
    }

    /// The account these credentials open.
    func authenticate(in accounts: [String: RoxAccount]) throws(RoxRefusal) -> RoxAccount {
        guard let account = accounts[accountID] else { throw RoxRefusal(.unknownAccount) }
        guard account.hasUser(username) else { throw RoxRefusal(.unknownUser) }
        guard account.password == password else { throw RoxRefusal(.wrongPassword) }
        guard account.state == .active else { throw RoxRefusal(.accountDisabled) }
        return account
    }

    private static func nonEmptyString(_ value: JSONValue?, else code: RoxResultCode) throws(RoxRefusal) -> String {
        guard let text = value?.stringValue, !text.isEmpty else { throw RoxRefusal(code) }
        return text
    }
}

/// A request the fake refuses as a whole: the `Result` code answered at the top level.
struct RoxRefusal: Error, Sendable, Equatable {
    let code: RoxResultCode

    init(_ code: RoxResultCode) {
        self.code = code
    }
}
