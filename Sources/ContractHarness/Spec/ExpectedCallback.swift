import StructuredData

/// One expected callback request. Absent parts are not checked.
public struct ExpectedCallback: Sendable {
    /// The method, e.g. `POST`.
    public var method: String?
    /// The path (and query) the callback URL had, e.g. `/receipts`.
    public var path: String?
    /// Header values (literal or matcher), case-insensitive.
    public var headers: [(name: String, value: JSONValue)]
    /// The body: JSON, XML mapping, text, or a form (`{"form": {…}}` is compared as decoded fields).
    public var body: BodyExpectation?

    /// Creates an expected callback.
    public init(method: String? = nil, path: String? = nil, headers: [(name: String, value: JSONValue)] = [], body: BodyExpectation? = nil) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }
}
