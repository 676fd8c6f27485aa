/// The envelope of one SMTP transaction: who the message is from and to, as given in `MAIL FROM` and `RCPT TO`,
/// and what is known about the client that sent it.
public struct SMTPEnvelope: Sendable, Equatable {
    /// The reverse-path of `MAIL FROM:<…>`, without angle brackets or source route; empty for the null path `<>`.
    public var mailFrom: String
    /// The recipients accepted so far, in the order given, without angle brackets.
    public var recipients: [String]
    /// The name the client gave in `EHLO` or `HELO`, when it has.
    public var clientHostname: String?
    /// The client's IP address, e.g. `127.0.0.1`, when known.
    public var remoteAddress: String?

    /// Creates an envelope.
    public init(mailFrom: String = "", recipients: [String] = [], clientHostname: String? = nil, remoteAddress: String? = nil) {
        self.mailFrom = mailFrom
        self.recipients = recipients
        self.clientHostname = clientHostname
        self.remoteAddress = remoteAddress
    }
}
