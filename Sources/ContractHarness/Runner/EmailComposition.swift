import MailFormats
import Wire

/// Turns a spec's email into MIME bytes, and SMTP replies into the text cassettes and expectations compare.
enum EmailComposition {
    /// The message: headers, a plain-text body, and attachments as multipart/mixed.
    static func compose(_ email: Email) -> [UInt8] {
        let attachments = email.attachments.map { attachment in
            let data: [UInt8] = switch attachment.content {
            case .text(let text): Array(text.utf8)
            case .base64(let encoded): (try? Base64.decode(Array(encoded.utf8))) ?? Array(encoded.utf8)
            }
            return MailAttachment(filename: attachment.filename, contentType: attachment.contentType, data: data)
        }
        return MailComposer.compose(
            from: email.from, to: email.to, subject: email.subject, body: email.body, attachments: attachments,
            extraHeaders: email.headers.map { MailHeader(name: $0.name, value: $0.value) })
    }

    /// A reply's lines as sent after the code, each with its enhanced status code, joined by `\n`.
    static func text(of reply: SMTPReply) -> String {
        let prefix = reply.enhancedStatus.map { "\($0) " } ?? ""
        return reply.lines.map { prefix + $0 }.joined(separator: "\n")
    }
}
