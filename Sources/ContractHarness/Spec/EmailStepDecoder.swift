import StructuredData

/// Decodes a step's `email` and an expectation's `smtp`.
enum EmailStepDecoder {
    static let emailFields = ["from", "to", "subject", "body", "headers", "attachments"]
    static let attachmentFields = ["filename", "content_type", "text", "base64"]
    static let smtpFields = ["mail_from", "rcpt_to", "data"]
    static let replyFields = ["code", "text"]

    static func decodeEmail(_ value: JSONValue, at path: JSONPath, knownNames: Set<String>, reader: inout SpecFieldReader) -> EmailTemplate? {
        guard let object = reader.object(value, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: emailFields)
        let from = reader.string(object["from"], at: path.appending("from"))
        var recipients: [String] = []
        if let values = reader.array(object["to"], at: path.appending("to")) {
            if values.isEmpty { reader.report(path.appending("to"), "an email needs at least one recipient") }
            recipients = values.enumerated().compactMap { index, value in reader.string(value, at: path.appending("to").appending(index)) }
        }
        let subject = reader.string(object["subject"], at: path.appending("subject"), required: false, nonEmpty: false)
        if let body = object["body"], body.stringValue == nil, body.objectValue?["$repeat"] == nil, body.objectValue?["$concat"] == nil {
            reader.report(path.appending("body"), "expected the body text (a string, or a $repeat / $concat generator), got \(body.typeName)")
        }
        _ = reader.stringPairs(object["headers"], at: path.appending("headers"))
        for (index, entry) in (reader.array(object["attachments"], at: path.appending("attachments"), required: false) ?? []).enumerated() {
            checkAttachment(entry, at: path.appending("attachments").appending(index), reader: &reader)
        }
        PlaceholderCheck.check(value, at: path, knownNames: knownNames, reader: &reader)
        guard from != nil, !recipients.isEmpty, subject != nil || object["subject"] == nil else { return nil }
        return EmailTemplate(template: value)
    }

    private static func checkAttachment(_ value: JSONValue, at path: JSONPath, reader: inout SpecFieldReader) {
        guard let object = reader.object(value, at: path) else { return }
        reader.rejectUnknownKeys(object, at: path, allowed: attachmentFields)
        _ = reader.string(object["filename"], at: path.appending("filename"))
        _ = reader.string(object["content_type"], at: path.appending("content_type"), required: false)
        switch (object["text"], object["base64"]) {
        case (let text?, nil):
            if text.stringValue == nil && text.objectValue?["$repeat"] == nil && text.objectValue?["$concat"] == nil {
                reader.report(path.appending("text"), "expected the attachment's text (a string or a generator), got \(text.typeName)")
            }
        case (nil, let data?):
            _ = reader.string(data, at: path.appending("base64"))
        default:
            reader.report(path, "an attachment needs its content as \"text\" or as \"base64\" (one of them)")
        }
    }

    static func decodeSMTP(_ value: JSONValue, at path: JSONPath, reader: inout SpecFieldReader) -> SMTPExpectation? {
        guard let object = reader.object(value, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: smtpFields)
        var expectation = SMTPExpectation()
        expectation.mailFrom = object["mail_from"].flatMap { decodeReply($0, at: path.appending("mail_from"), reader: &reader) }
        if let replies = reader.array(object["rcpt_to"], at: path.appending("rcpt_to"), required: false) {
            expectation.recipients = replies.enumerated().compactMap { index, reply in
                decodeReply(reply, at: path.appending("rcpt_to").appending(index), reader: &reader)
            }
        }
        expectation.data = object["data"].flatMap { decodeReply($0, at: path.appending("data"), reader: &reader) }
        return expectation
    }

    private static func decodeReply(_ value: JSONValue, at path: JSONPath, reader: inout SpecFieldReader) -> ReplyExpectation? {
        if let code = value.intValue {
            guard (200...599).contains(code) else {
                reader.report(path, "expected an SMTP reply code from 200 to 599, got \(code)")
                return nil
            }
            return ReplyExpectation(code: code)
        }
        guard let object = reader.object(value, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: replyFields)
        guard let code = reader.integer(object["code"], at: path.appending("code"), in: 200...599) else {
            if object["code"] == nil { reader.report(path.appending("code"), "required; the SMTP reply code") }
            return nil
        }
        if let text = object["text"], text.stringValue == nil, !ValueMatcher.isMatcher(text) {
            reader.report(path.appending("text"), "expected the reply text or a {\"$match\": …} matcher, got \(text.typeName)")
        }
        return ReplyExpectation(code: code, text: object["text"])
    }
}
