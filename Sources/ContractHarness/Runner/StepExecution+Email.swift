import Wire

extension StepExecution {
    /// Sends a step's email over SMTP, checks the replies and the outbox, and records the dialogue.
    mutating func send(_ template: EmailTemplate, step: SpecStep) throws(StepFailure) {
        guard let endpoint = session.smtp else {
            throw StepFailure(description: "step \(step.name): \(provider.id) takes no email on this target (it is an HTTP API)")
        }
        let email: Email
        let recorded: Email
        do {
            email = try template.render(with: bindings)
            recorded = try template.render(with: placeholders)
        } catch {
            throw StepFailure(description: "step \(step.name): \(error)")
        }
        let attachmentTexts = email.attachments.compactMap { attachment -> String? in
            if case .text(let text) = attachment.content { return text }
            return nil
        }
        try checkSendGuard(.email(recipients: email.to, body: email.body, attachments: attachmentTexts), step: step.name)
        let message = EmailComposition.compose(email)
        let transcript: [SMTPTranscriptEntry]
        do {
            transcript = try SMTPClient(host: endpoint.host, port: endpoint.port, timeout: .seconds(30)).send(from: email.from, to: email.to, message: message)
        } catch {
            throw StepFailure(description: "step \(step.name): SMTP to \(endpoint.host):\(endpoint.port) failed: \(error)")
        }
        let replies = transcript.map { entry in
            RecordedSMTPReply(command: entry.command, argument: entry.argument, code: entry.reply.code, text: EmailComposition.text(of: entry.reply))
        }
        if let expectation = step.expectation {
            do {
                if let smtp = expectation.smtp {
                    differences += SMTPExpectationChecker.differences(replies, expected: try smtp.expanded(with: bindings), step: step.name)
                }
            } catch {
                throw StepFailure(description: "step \(step.name): \(error)")
            }
            try checkOutbox(expectation, step: step.name)
        }
        interactions.append(Interaction(step: step.name, exchange: .email(message: recorded.json, replies: replies)))
    }
}
