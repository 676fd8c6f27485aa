import StructuredData
import Wire

/// The documented behaviour of one provider's API, answering requests on the provider's own paths.
///
/// A fake owns its accounts and messages; the clock and outbox it shares with the control API
/// come from its `FakeEnvironment`.
public protocol ProviderFake: Sendable {
    /// Answers a request on the provider's own paths (never `/__fake/…`).
    func handle(_ request: HTTPRequest) -> HTTPResponse

    /// Returns accounts and messages to their initial state.
    func reset()

    /// The accounts as the control API shows them (secrets included: the control API is local).
    var accountsJSON: JSONValue { get }

    /// Adds or changes an account from its control-API description, returning the account as stored.
    func configureAccount(_ description: JSONValue) throws(ControlAPIError) -> JSONValue

    /// Answers a provider-specific control request under `/__fake/<route>` (e.g. `iovox/failures`),
    /// or nil when the route is not the provider's. The common routes never reach this.
    func handleControl(_ request: HTTPRequest, route: String) -> HTTPResponse?
}

extension ProviderFake {
    /// No provider-specific control routes.
    public func handleControl(_ request: HTTPRequest, route: String) -> HTTPResponse? { nil }
}
