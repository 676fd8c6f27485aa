import StructuredData

/// What a step's response must be. Absent parts are not checked.
public struct ResponseExpectation: Sendable {
    /// The status code.
    public var status: Int?
    /// Header values (literal strings or matchers), by name, case-insensitive.
    public var headers: [(name: String, value: JSONValue)]
    /// The body.
    public var body: BodyExpectation?
    /// The SMS the fake must have accepted by the end of this step, oldest first (fake only).
    public var outbox: [JSONValue]?
    /// The SMTP replies, for a step that sends an email.
    public var smtp: SMTPExpectation?
    /// Whether the request must fail without any HTTP response (a reset or closed connection).
    public var transportError = false

    /// Creates an expectation.
    public init(status: Int? = nil, headers: [(name: String, value: JSONValue)] = [], body: BodyExpectation? = nil, outbox: [JSONValue]? = nil,
                smtp: SMTPExpectation? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.outbox = outbox
        self.smtp = smtp
    }
}

/// An expected body.
public enum BodyExpectation: Sendable {
    /// A JSON body compared structurally; `exact` also refuses members the expectation does not name.
    case json(JSONValue, exact: Bool)
    /// An XML body compared structurally in its JSON mapping (`{"response": {"sms_activity_id": …}}`,
    /// attributes as `@name`, text beside them as `#text`); `exact` also refuses members not named.
    case xml(JSONValue, exact: Bool)
    /// A form body compared as its decoded fields (subset unless `exact`).
    case form(JSONValue, exact: Bool)
    /// A text body, equal or matched.
    case text(JSONValue)
}

extension ResponseExpectation {
    /// The expectation with placeholders and generators expanded in header values and the body
    /// (the outbox is expanded when it is read).
    func expanded(with bindings: Bindings) throws(TemplateError) -> ResponseExpectation {
        var result = self
        var expandedHeaders: [(name: String, value: JSONValue)] = []
        for (name, value) in headers { expandedHeaders.append((name, try Template.expand(value, with: bindings))) }
        result.headers = expandedHeaders
        result.body = try body?.expanded(with: bindings)
        return result
    }
}

extension BodyExpectation {
    /// The body expectation with placeholders and generators expanded.
    func expanded(with bindings: Bindings) throws(TemplateError) -> BodyExpectation {
        replacingValue(try Template.expand(value, with: bindings))
    }
}
