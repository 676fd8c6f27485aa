/// What the SMTP dialogue must answer: the `MAIL FROM` reply, each `RCPT TO` reply, and the
/// reply that ends the data phase. Absent parts are not checked.
public struct SMTPExpectation: Sendable, Equatable {
    /// The reply to `MAIL FROM`.
    public var mailFrom: ReplyExpectation?
    /// The replies to each `RCPT TO`, in order.
    public var recipients: [ReplyExpectation]?
    /// The reply after the message's final dot (or to `DATA` itself, when that was refused).
    public var data: ReplyExpectation?

    /// Creates an expectation.
    public init(mailFrom: ReplyExpectation? = nil, recipients: [ReplyExpectation]? = nil, data: ReplyExpectation? = nil) {
        self.mailFrom = mailFrom
        self.recipients = recipients
        self.data = data
    }
}
