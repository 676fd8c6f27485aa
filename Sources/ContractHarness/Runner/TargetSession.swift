import Wire

/// An open connection to one provider's target for one spec: where requests go, which credential
/// values stand for `{{credentials.NAME}}`, and, on the fake, its control API.
public struct TargetSession: Sendable {
    /// Sends the spec's HTTP requests (and, on a fake, its control calls); nil for a live email target.
    public let transport: (any HTTPTransport)?
    /// Where the spec's emails go, for an email provider.
    public let smtp: SMTPEndpoint?
    /// The base URL, recorded in cassettes (`fake` for the built-in fake).
    public let targetName: String
    /// Credential values by name (`token` → …). Secret: never written anywhere.
    public let credentials: [String: String]
    /// The fake's control API, or nil on a live target.
    public let control: FakeControlClient?
    /// Closes the session (stops an in-process fake).
    public let close: @Sendable () -> Void

    /// Creates a session.
    public init(transport: (any HTTPTransport)?, smtp: SMTPEndpoint? = nil, targetName: String, credentials: [String: String],
                control: FakeControlClient?, close: @escaping @Sendable () -> Void = {}) {
        self.transport = transport
        self.smtp = smtp
        self.targetName = targetName
        self.credentials = credentials
        self.control = control
        self.close = close
    }

    /// Whether this session talks to a fake (outbox and fake actions available).
    public var isFake: Bool { control != nil }
}
