import Wire

/// An SMTP fake's handler that also notes in the journal what the fake refused and every message it
/// was given, with its reply; the replies themselves are the wrapped handler's, unchanged.
struct JournalingSMTPHandler: SMTPHandler {
    let handler: any SMTPHandler
    let journal: RequestJournal

    func mailFrom(_ address: String, envelope: SMTPEnvelope) -> SMTPReply {
        handler.mailFrom(address, envelope: envelope)
    }

    /// Refused recipients are noted; accepted ones show in the message's envelope.
    func recipient(_ address: String, envelope: SMTPEnvelope) -> SMTPReply {
        let reply = handler.recipient(address, envelope: envelope)
        if !(200..<300).contains(reply.code) { journal.record(.smtpRecipient(address, envelope: envelope, reply: reply)) }
        return reply
    }

    func message(_ data: [UInt8], envelope: SMTPEnvelope) -> SMTPReply {
        let reply = handler.message(data, envelope: envelope)
        journal.record(.smtpMessage(data, envelope: envelope, reply: reply))
        return reply
    }
}
