/// What an ``SMTPServer`` does with each transaction: accept or refuse the sender, each recipient, and the message.
///
/// Called on an event loop thread, one call at a time per connection; answer quickly and do not block. A reply
/// with a 2xx code accepts; anything else refuses (use 4xx for transient, 5xx for permanent refusals). Replies
/// with codes outside 200–599 are replaced by `451 4.3.0`.
public protocol SMTPHandler: Sendable {
    /// `MAIL FROM:<address>` arrived; `envelope.mailFrom` is `address` (empty for the null path `<>`) and
    /// `envelope.recipients` is empty. Accept with a 2xx reply.
    func mailFrom(_ address: String, envelope: SMTPEnvelope) -> SMTPReply

    /// `RCPT TO:<address>` arrived; `envelope.recipients` holds the recipients accepted before it. A refusal
    /// (e.g. `550`) refuses only this recipient: the transaction goes on with the others.
    func recipient(_ address: String, envelope: SMTPEnvelope) -> SMTPReply

    /// The message after `DATA`, complete: dot-unstuffed, line endings kept as received (CRLF, or LF from
    /// clients that send bare line feeds), the terminating `.` line removed. The reply ends the transaction.
    func message(_ data: [UInt8], envelope: SMTPEnvelope) -> SMTPReply
}

extension SMTPHandler {
    /// Accepts every sender with `250 2.1.0`.
    public func mailFrom(_ address: String, envelope: SMTPEnvelope) -> SMTPReply {
        SMTPReply(code: 250, enhancedStatus: "2.1.0", text: "Sender OK")
    }

    /// Accepts every recipient with `250 2.1.5`.
    public func recipient(_ address: String, envelope: SMTPEnvelope) -> SMTPReply {
        SMTPReply(code: 250, enhancedStatus: "2.1.5", text: "Recipient OK")
    }

    /// Accepts every message with `250 2.0.0`.
    public func message(_ data: [UInt8], envelope: SMTPEnvelope) -> SMTPReply {
        .ok("Message accepted")
    }
}
