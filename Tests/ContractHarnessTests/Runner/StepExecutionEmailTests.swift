@testable import ContractHarness
import Providers
import StructuredData
import Testing

/// Email steps sent over a real SMTP dialogue to the `rox-email` fake on loopback: the replies and
/// the outbox checked, the email recorded with placeholders, and the ways such a step stops.
@Suite struct StepExecutionEmailTests {
    static let provider = RoxEmailProvider.descriptor

    /// An email step and what it must find and record.
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let step: String
        let differences: [Difference]
        /// The recorded dialogue, `COMMAND code` per reply.
        let replies: [String]
        var testDescription: String { label }
    }

    static func spec(_ path: String, _ expected: JSONValue?, _ actual: JSONValue?, _ message: String? = nil) -> Difference {
        Difference(source: .spec, path: path, expected: expected, actual: actual, message: message)
    }

    /// The seed's format 1 email: the body alone is the text, authenticated by a `[SENDER]` block.
    static func email(expect: String, password: String = "{{credentials.password}}") -> String {
        #"""
        {"name": "send", "email": {"from": "{{credentials.username}}", "to": ["61409000000@mail.completesms.net"],
         "body": "[SENDER]\nID={{credentials.account_id}}\nPW=\#(password)\n\nServer 23 is offline."}, "expect": \#(expect)}
        """#
    }

    static let accepted = ["connect 220", "EHLO 250", "MAIL FROM 250", "RCPT TO 250", "DATA 354", ". 250", "QUIT 221"]

    static let cases: [Case] = [
        Case(label: "replies and outbox as expected", step: email(expect: """
            {"smtp": {"mail_from": 250, "rcpt_to": [{"code": 250, "text": {"$match": "regex", "pattern": "^2\\\\.1\\\\.5 "}}], "data": {"code": 250, "text": "2.0.0 Queued 1 SMS"}},
             "outbox": [{"to": "+61409000000", "text": "Server 23 is offline.", "reply_to": "{{credentials.username}}"}]}
            """), differences: [], replies: accepted),
        Case(label: "a reply code and an outbox field differ", step: email(expect: """
            {"smtp": {"data": 550}, "outbox": [{"to": "+61409000001"}]}
            """), differences: [spec("send/smtp/data.code", 550, 250), spec("send/outbox/$[0].to", "+61409000001", "+61409000000")], replies: accepted),
        Case(label: "a refused email expected as queued: code and text differ, the outbox is empty", step: email(expect: """
            {"smtp": {"data": {"code": 250, "text": "2.0.0 Queued 1 SMS"}}, "outbox": []}
            """, password: "wrong"), differences: [spec("send/smtp/data.code", 250, 550),
                                                   spec("send/smtp/data.text", "2.0.0 Queued 1 SMS", "5.7.1 the [SENDER] block's ID and PW do not match user@your_domain.com's account", #"expected "2.0.0 Queued 1 SMS""#)],
             replies: ["connect 220", "EHLO 250", "MAIL FROM 250", "RCPT TO 250", "DATA 354", ". 550", "QUIT 221"]),
    ]

    @Test(arguments: cases)
    func emailsAreSentCheckedAndRecorded(_ check: Case) throws {
        let session = try FakeTarget().open(Self.provider)
        defer { session.close() }
        var known = Set(Self.provider.credentials.map { "credentials.\($0.name)" })
        let step = try StepExecutionTests.step(check.step, known: &known)
        let spec = Spec(id: "rox-email/x", provider: "rox-email", title: "t", seed: SeedReference(file: Self.provider.seedFile, section: "s"), live: .never,
                        steps: [step], sourcePath: "x.json")
        var execution = StepExecution(session: session, spec: spec, provider: Self.provider)
        try execution.run(step)
        #expect(execution.differences == check.differences)
        guard case .email(let message, let replies)? = execution.interactions.first?.exchange else {
            Issue.record("no email recorded: \(execution.interactions)")
            return
        }
        #expect(execution.interactions.count == 1)
        #expect(replies.map { "\($0.command) \($0.code)" } == check.replies)
        let password: JSONValue = check.step.contains("PW=wrong") ? "wrong" : "{{credentials.password}}"
        #expect(message == ["from": "{{credentials.username}}", "to": ["61409000000@mail.completesms.net"],
                            "body": .string("[SENDER]\nID={{credentials.account_id}}\nPW=\(password.stringValue ?? "")\n\nServer 23 is offline.")])
    }

    static func failure(_ step: SpecStep, session: TargetSession, provider: ProviderDescriptor = provider) -> String? {
        let spec = Spec(id: "x/x", provider: provider.id, title: "t", seed: SeedReference(file: provider.seedFile, section: "s"), live: .never,
                        steps: [step], sourcePath: "x.json")
        var execution = StepExecution(session: session, spec: spec, provider: provider)
        do {
            try execution.run(step)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func anEmailToAnHTTPTargetStopsTheRun() {
        let step = SpecStep(name: "send", request: nil, email: EmailTemplate(template: ["from": "a@b", "to": ["c@d"]]), expectation: ResponseExpectation(status: 250))
        let session = TargetSession(transport: nil, targetName: "fake", credentials: [:], control: nil)
        #expect(Self.failure(step, session: session, provider: StepExecutionTests.provider) == "step send: test takes no email on this target (it is an HTTP API)")
    }

    @Test func anUnknownPlaceholderInTheEmailStopsTheRun() throws {
        let session = try FakeTarget().open(Self.provider)
        defer { session.close() }
        let step = SpecStep(name: "send", request: nil, email: EmailTemplate(template: ["from": "{{nobody}}", "to": ["c@d"]]), expectation: nil)
        #expect(Self.failure(step, session: session)
            == "step send: unknown placeholder {{nobody}}; known here: {{credentials.account_id}}, {{credentials.password}}, {{credentials.username}}")
    }

    @Test func anUnknownPlaceholderInAReplyTextStopsTheRun() throws {
        let session = try FakeTarget().open(Self.provider)
        defer { session.close() }
        let step = SpecStep(name: "send", request: nil, email: EmailTemplate(template: ["from": "{{credentials.username}}", "to": ["61409000000@mail.completesms.net"]]),
                            expectation: ResponseExpectation(smtp: SMTPExpectation(data: ReplyExpectation(code: 250, text: "{{nobody}}"))))
        #expect(Self.failure(step, session: session)
            == "step send: unknown placeholder {{nobody}}; known here: {{credentials.account_id}}, {{credentials.password}}, {{credentials.username}}")
    }
}
