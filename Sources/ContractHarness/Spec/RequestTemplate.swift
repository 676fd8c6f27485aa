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
