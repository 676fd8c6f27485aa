import StructuredData

/// Something done to the fake through its control API before a step's request.
public enum FakeAction: Sendable, Equatable {
    /// `POST /__fake/accounts` with a provider-specific account description.
    case configureAccount(JSONValue)
    /// `POST /__fake/clock` with `advance_seconds`.
    case advanceClock(seconds: Double)
    /// Any other control request, e.g. a provider-specific route (`POST /__fake/iovox/failures`).
    case control(method: String, path: String, body: JSONValue?)
}

extension FakeAction {
    /// The action with placeholders expanded (an account's webhook URL may be `{{callbacks.url}}/hook`).
    func expanded(with bindings: Bindings) throws(TemplateError) -> FakeAction {
        switch self {
        case .configureAccount(let account): .configureAccount(try Template.expand(account, with: bindings))
        case .advanceClock: self
        case .control(let method, let path, let body):
            .control(method: method, path: try Template.substitute(path, with: bindings), body: try body.map { value throws(TemplateError) in try Template.expand(value, with: bindings) })
        }
    }
}
