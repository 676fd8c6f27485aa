import StructuredData

/// An await step: the callbacks (receipts, postbacks) that must reach the spec's receiver, in order,
/// within a time. With none expected, it checks that nothing more has arrived.
public struct CallbacksExpectation: Sendable {
    /// How long to wait, in real seconds, for the expected callbacks (fake-time receipts usually
    /// arrive before the clock advance that causes them returns).
    public var withinSeconds: Double
    /// The callbacks, in arrival order.
    public var expected: [ExpectedCallback]

    /// Creates an await expectation.
    public init(withinSeconds: Double, expected: [ExpectedCallback]) {
        self.withinSeconds = withinSeconds
        self.expected = expected
    }
}

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
