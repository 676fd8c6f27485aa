/// A running fake's accounts, changed the way `POST /__fake/accounts` changes them.
public struct FakeAccounts: Sendable {
    let fake: any ProviderFake

    /// Every account as the control API shows it (secrets included: the fake is local).
    public var all: JSONValue { fake.accountsJSON }

    /// Adds an account, or changes the one with the same credential, from its control-API description
    /// (`["token": "…", "balance": 0]` for LOX24; see the provider's page under `docs/providers/`).
    /// - Returns: the account as stored.
    @discardableResult
    public func add(_ description: JSONValue) throws(ControlAPIError) -> JSONValue {
        try fake.configureAccount(description)
    }
}
