import StructuredData

/// One step of a spec: optional fake-only actions, then optionally a request and what must come back.
public struct SpecStep: Sendable {
    /// The step's name, used in differences and cassettes (`send`, `lookup`).
    public var name: String
    /// Actions on the fake before the request (accounts, clock); a live target cannot perform them.
    public var fakeActions: [FakeAction]
    /// The request to send, if any.
    public var request: RequestTemplate?
    /// The email to send over SMTP, if any (instead of a request).
    public var email: EmailTemplate?
    /// What the response must be, if a request is sent.
    public var expectation: ResponseExpectation?
    /// Values taken from the response for later steps: name → where (body path or header).
    public var captures: [Capture]
    /// Callbacks (receipts, postbacks) that must reach the spec's receiver, awaited after the rest of the step.
    public var callbacks: CallbacksExpectation?
    /// The status the spec's receiver answers callbacks with from this step on (set before the step's actions).
    public var receiverStatus: Int?
    /// The body text the receiver answers with from this step on (e.g. `<HTML><BODY><RESULT>000</RESULT></BODY></HTML>`).
    public var receiverText: String?

    /// Creates a step.
    public init(name: String, fakeActions: [FakeAction] = [], request: RequestTemplate?, email: EmailTemplate? = nil,
                expectation: ResponseExpectation?, captures: [Capture] = []) {
        self.name = name
        self.fakeActions = fakeActions
        self.request = request
        self.email = email
        self.expectation = expectation
        self.captures = captures
    }
}

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

/// A request with `{{…}}` placeholders and `$repeat` / `$concat` generators still in it.
public struct RequestTemplate: Sendable {
    /// The method, e.g. `POST`.
    public var method: String
    /// The path relative to the target's base URL, e.g. `/sms/{{uuid}}`.
    public var path: String
    /// Query items in order.
    public var query: [(name: String, value: String)]
    /// Header fields in order.
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: TemplateBody

    /// Creates a request template.
    public init(method: String, path: String, query: [(name: String, value: String)] = [], headers: [(name: String, value: String)] = [], body: TemplateBody = .none) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }
}

/// A request body as a spec gives it.
public enum TemplateBody: Sendable, Equatable {
    case none
    /// A JSON document; sent compact, UTF-8.
    case json(JSONValue)
    /// Text sent as it is (XML documents, form bodies, malformed JSON).
    case text(String)
}

/// A value taken from a response for later steps, referred to as `{{name}}`.
public struct Capture: Sendable, Equatable {
    /// Where the value comes from.
    public enum Source: Sendable, Equatable {
        case body(JSONPath)
        case header(String)
    }

    /// The name later steps use.
    public var name: String
    /// Where it is read.
    public var source: Source

    /// Creates a capture.
    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }
}
