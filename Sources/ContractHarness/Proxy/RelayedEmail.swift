import MailFormats
import StructuredData
import Providers
import Wire

/// One message the app handed the SMTP relay: the envelope, the bytes, and what they mean — the
/// recorded form cassettes use for emails, the `[SENDER]` credentials it carries, and the numbers it
/// sends to.
struct RelayedEmail: Sendable {
    let envelope: SMTPEnvelope
    let data: [UInt8]
    /// The plain-text body (the whole message when it does not parse as MIME).
    let body: String
    let subject: String?
    /// Attachments: file name, content type, and their text when UTF-8.
    let attachments: [(filename: String, contentType: String, text: String?, data: [UInt8])]

    init(envelope: SMTPEnvelope, data: [UInt8]) {
        self.envelope = envelope
        self.data = data
        if let message = try? MailParser.parse(data) {
            body = message.textBody ?? ""
            subject = message.subject
            attachments = message.attachments.map { ($0.filename ?? "attachment", $0.contentType, String(validating: $0.data, as: UTF8.self), $0.data) }
        } else {
            body = String(decoding: data, as: UTF8.self)
            subject = nil
            attachments = []
        }
    }

    /// The message as the send cap sees it.
    var outgoing: OutgoingMessage {
        .email(recipients: envelope.recipients, body: body, attachments: attachments.compactMap(\.text))
    }

    /// The credentials the message carries: `[SENDER]` block `ID=` and `PW=` lines, and the sender
    /// address when such a block authenticates it.
    var credentials: [String: String] {
        var found: [String: String] = [:]
        for line in body.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingPrefix { $0 == " " || $0 == "\t" }
            if trimmed.uppercased().hasPrefix("ID=") { found["account_id"] = String(trimmed.dropFirst(3)) }
            if trimmed.uppercased().hasPrefix("PW=") { found["password"] = String(trimmed.dropFirst(3)) }
        }
        if !found.isEmpty, !envelope.mailFrom.isEmpty { found["username"] = envelope.mailFrom }
        return found.filter { !$0.value.isEmpty }
    }

    /// The email as a cassette records it: `from`, `to`, `subject`, `body`, `attachments` — the shape a
    /// spec's email step has.
    var json: JSONValue {
        var object: JSONObject = ["from": .string(envelope.mailFrom), "to": .array(envelope.recipients.map(JSONValue.string))]
        if let subject { object["subject"] = .string(subject) }
        object["body"] = .string(body)
        if !attachments.isEmpty {
            object["attachments"] = .array(attachments.map { attachment in
                var entry: JSONObject = ["filename": .string(attachment.filename), "content_type": .string(attachment.contentType)]
                if let text = attachment.text {
                    entry["text"] = .string(text)
                } else {
                    entry["base64"] = .string(Base64.encode(attachment.data))
                }
                return .object(entry)
            })
        }
        return .object(object)
    }

    /// The reply the app gets: the upstream's to the message, else its first refusal.
    static func verdict(of transcript: [SMTPTranscriptEntry]) -> SMTPReply {
        if let final = transcript.last(where: { $0.command == "." }) { return final.reply }
        if let refusal = transcript.first(where: { $0.reply.code >= 400 && $0.command != "QUIT" }) { return refusal.reply }
        return SMTPReply(code: 451, enhancedStatus: "4.3.0", text: "smscontract proxy: the upstream ended the transaction without a verdict")
    }
}
