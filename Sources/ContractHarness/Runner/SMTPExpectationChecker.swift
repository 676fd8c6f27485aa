import StructuredData

/// Compares an SMTP dialogue's replies with a step's `smtp` expectation.
enum SMTPExpectationChecker {
    static func differences(_ replies: [RecordedSMTPReply], expected: SMTPExpectation, step: String) -> [Difference] {
        var differences: [Difference] = []
        func compare(_ expectation: ReplyExpectation, _ actual: RecordedSMTPReply?, at path: String) {
            guard let actual else {
                differences.append(Difference(source: .spec, path: "\(step)/smtp/\(path)", expected: .integer(expectation.code), actual: nil,
                                              message: "expected a \(expectation.code) reply, but the dialogue ended before this command"))
                return
            }
            if actual.code != expectation.code {
                differences.append(Difference(source: .spec, path: "\(step)/smtp/\(path).code", expected: .integer(expectation.code), actual: .integer(actual.code)))
            }
            if let text = expectation.text, let mismatch = ExpectationChecker.mismatch(expected: text, actual: .string(actual.text)) {
                differences.append(Difference(source: .spec, path: "\(step)/smtp/\(path).text", expected: text, actual: .string(actual.text), message: mismatch))
            }
        }
        if let mailFrom = expected.mailFrom {
            compare(mailFrom, replies.first { $0.command == "MAIL FROM" }, at: "mail_from")
        }
        if let recipients = expected.recipients {
            let actual = replies.filter { $0.command == "RCPT TO" }
            if actual.count != recipients.count {
                differences.append(Difference(source: .spec, path: "\(step)/smtp/rcpt_to", expected: .integer(recipients.count), actual: .integer(actual.count),
                                              message: "expected \(Plural.count(recipients.count, "RCPT TO reply", plural: "RCPT TO replies"))"))
            }
            for (index, expectation) in recipients.enumerated() {
                compare(expectation, index < actual.count ? actual[index] : nil, at: "rcpt_to[\(index)]")
            }
        }
        if let data = expected.data {
            compare(data, replies.last { $0.command == "." } ?? replies.last { $0.command == "DATA" }, at: "data")
        }
        return differences
    }
}

extension SMTPExpectation {
    /// The expectation with placeholders in reply texts expanded.
    func expanded(with bindings: Bindings) throws(TemplateError) -> SMTPExpectation {
        func expand(_ reply: ReplyExpectation) throws(TemplateError) -> ReplyExpectation {
            ReplyExpectation(code: reply.code, text: try reply.text.map { value throws(TemplateError) in try Template.expand(value, with: bindings) })
        }
        var result = self
        result.mailFrom = try mailFrom.map(expand)
        if let recipients {
            var expandedRecipients: [ReplyExpectation] = []
            for reply in recipients { expandedRecipients.append(try expand(reply)) }
            result.recipients = expandedRecipients
        }
        result.data = try data.map(expand)
        return result
    }
}
