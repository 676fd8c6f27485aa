@testable import ContractHarness
import StructuredData
import Testing

/// A step's `email` and an expectation's `smtp` decoded: every problem with its line, column, field
/// and message, and what well-formed ones decode to.
@Suite struct EmailStepDecoderTests {
    /// `{"name": "a", "expect": {"smtp": {}}, "email": EMAIL}` on one line: EMAIL starts at column 48.
    static func email(_ email: String) -> String {
        #"{"name": "a", "expect": {"smtp": {}}, "email": \#(email)}"#
    }

    /// `{"name": "a", "email": {"from": "a@b", "to": ["c@d"]}, "expect": {"smtp": SMTP}}`: SMTP starts at column 75.
    static func smtp(_ smtp: String) -> String {
        #"{"name": "a", "email": {"from": "a@b", "to": ["c@d"]}, "expect": {"smtp": \#(smtp)}}"#
    }

    typealias Case = SpecStepDecoderTests.Case

    static let emailCases: [Case] = [
        Case(label: "an email is an object", step: email(#""to: c@d""#), problems: ["1:48 $.email: expected an object, got string"]),
        Case(label: "from and to are required", step: email("{}"),
             problems: ["1:39 $.email.from: required; expected a string", "1:39 $.email.to: required; expected an array"]),
        Case(label: "an email has a recipient", step: email(#"{"from": "a@b", "to": []}"#), problems: ["1:70 $.email.to: an email needs at least one recipient"]),
        Case(label: "recipients are strings", step: email(#"{"from": "a@b", "to": ["c@d", 1]}"#), problems: ["1:78 $.email.to[1]: expected a string, got number"]),
        Case(label: "an unknown email field", step: email(#"{"from": "a@b", "to": ["c@d"], "subjet": "x"}"#),
             problems: [#"1:79 $.email.subjet: unknown field "subjet"; did you mean "subject"?"#]),
        Case(label: "a subject is a string", step: email(#"{"from": "a@b", "to": ["c@d"], "subject": 1}"#),
             problems: ["1:90 $.email.subject: expected a string, got number"]),
        Case(label: "a body is text or a generator", step: email(#"{"from": "a@b", "to": ["c@d"], "body": ["x"]}"#),
             problems: ["1:87 $.email.body: expected the body text (a string, or a $repeat / $concat generator), got array"]),
        Case(label: "header values are strings", step: email(#"{"from": "a@b", "to": ["c@d"], "headers": {"X-A": 1}}"#),
             problems: [#"1:98 $.email.headers["X-A"]: expected a string, got number"#]),
        Case(label: "attachments are an array", step: email(#"{"from": "a@b", "to": ["c@d"], "attachments": {}}"#),
             problems: ["1:94 $.email.attachments: expected an array, got object"]),
        Case(label: "an attachment is an object", step: email(#"{"from": "a@b", "to": ["c@d"], "attachments": ["a.csv"]}"#),
             problems: ["1:95 $.email.attachments[0]: expected an object, got string"]),
        Case(label: "an attachment needs a file name and one content", step: email(#"{"from": "a@b", "to": ["c@d"], "attachments": [{}]}"#),
             problems: ["1:95 $.email.attachments[0].filename: required; expected a string",
                        #"1:95 $.email.attachments[0]: an attachment needs its content as "text" or as "base64" (one of them)"#]),
        Case(label: "an attachment has text or base64, not both", step: email(#"{"from": "a@b", "to": ["c@d"], "attachments": [{"filename": "a", "text": "x", "base64": "eA=="}]}"#),
             problems: [#"1:95 $.email.attachments[0]: an attachment needs its content as "text" or as "base64" (one of them)"#]),
        Case(label: "attachment text is a string or a generator", step: email(#"{"from": "a@b", "to": ["c@d"], "attachments": [{"filename": "a", "text": 1}]}"#),
             problems: ["1:121 $.email.attachments[0].text: expected the attachment's text (a string or a generator), got number"]),
        Case(label: "attachment base64 is a string", step: email(#"{"from": "a@b", "to": ["c@d"], "attachments": [{"filename": "a", "base64": 1}]}"#),
             problems: ["1:123 $.email.attachments[0].base64: expected a string, got number"]),
        Case(label: "an unknown attachment field", step: email(#"{"from": "a@b", "to": ["c@d"], "attachments": [{"filename": "a", "text": "x", "type": "text/csv"}]}"#),
             problems: [#"1:126 $.email.attachments[0].type: unknown field "type"; expected one of filename, content_type, text, base64"#]),
        Case(label: "an unknown placeholder", step: email(#"{"from": "{{credentials.user}}", "to": ["c@d"]}"#),
             problems: ["1:57 $.email.from: unknown placeholder {{credentials.user}}; known here: {{credentials.username}}"]),
    ]

    @Test(arguments: emailCases)
    func emailProblems(_ check: Case) throws {
        let problems = try SpecStepDecoderTests.decode(check.step, known: ["credentials.username"]).problems
        #expect(problems == check.problems)
    }

    static let smtpCases: [Case] = [
        Case(label: "smtp is an object", step: smtp("[250]"), problems: ["1:75 $.expect.smtp: expected an object, got array"]),
        Case(label: "an unknown smtp field", step: smtp(#"{"rcpt": [250]}"#), problems: [#"1:76 $.expect.smtp.rcpt: unknown field "rcpt"; expected one of mail_from, rcpt_to, data"#]),
        Case(label: "a reply code from 200 to 599", step: smtp(#"{"mail_from": 199}"#), problems: ["1:89 $.expect.smtp.mail_from: expected an SMTP reply code from 200 to 599, got 199"]),
        Case(label: "a reply is a code or an object", step: smtp(#"{"data": "250"}"#), problems: ["1:84 $.expect.smtp.data: expected an object, got string"]),
        Case(label: "a reply object needs its code", step: smtp(#"{"data": {"text": "ok"}}"#), problems: ["1:76 $.expect.smtp.data.code: required; the SMTP reply code"]),
        Case(label: "a reply object's code is in range", step: smtp(#"{"data": {"code": 600}}"#),
             problems: ["1:93 $.expect.smtp.data.code: expected an integer from 200 to 599, got 600"]),
        Case(label: "a reply text is a string or a matcher", step: smtp(#"{"data": {"code": 250, "text": 1}}"#),
             problems: [#"1:106 $.expect.smtp.data.text: expected the reply text or a {"$match": …} matcher, got number"#]),
        Case(label: "an unknown reply field", step: smtp(#"{"data": {"code": 250, "txt": "ok"}}"#),
             problems: [#"1:98 $.expect.smtp.data.txt: unknown field "txt"; did you mean "text"?"#]),
        Case(label: "rcpt_to is an array", step: smtp(#"{"rcpt_to": 250}"#), problems: ["1:87 $.expect.smtp.rcpt_to: expected an array, got number"]),
        Case(label: "each recipient's reply is checked", step: smtp(#"{"rcpt_to": [250, 700]}"#),
             problems: ["1:93 $.expect.smtp.rcpt_to[1]: expected an SMTP reply code from 200 to 599, got 700"]),
    ]

    @Test(arguments: smtpCases)
    func smtpProblems(_ check: Case) throws {
        let problems = try SpecStepDecoderTests.decode(check.step, known: []).problems
        #expect(problems == check.problems)
    }

    @Test func aWellFormedEmailKeepsItsTemplate() throws {
        let email: JSONValue = ["from": "{{credentials.username}}", "to": ["c@d", "e@f"], "subject": "", "body": ["$repeat": "a", "times": 3],
                                "headers": ["X-A": "1"], "attachments": [["filename": "a.csv", "content_type": "text/csv", "text": "x"], ["filename": "b", "base64": "eA=="]]]
        let decoded = try SpecStepDecoderTests.decode(Self.email(JSONWriter.string(email)), known: ["credentials.username"])
        #expect(decoded.problems == [])
        #expect(decoded.step?.email == EmailTemplate(template: email))
    }

    @Test(arguments: [
        (#"{"mail_from": 250}"#, SMTPExpectation(mailFrom: ReplyExpectation(code: 250))),
        (#"{"rcpt_to": [250, {"code": 550, "text": "5.1.1 no"}]}"#, SMTPExpectation(recipients: [ReplyExpectation(code: 250), ReplyExpectation(code: 550, text: "5.1.1 no")])),
        (#"{"rcpt_to": []}"#, SMTPExpectation(recipients: [])),
        (#"{"data": {"code": 250, "text": {"$match": "regex", "pattern": "Queued"}}}"#,
         SMTPExpectation(data: ReplyExpectation(code: 250, text: ["$match": "regex", "pattern": "Queued"]))),
        ("{}", SMTPExpectation()),
    ] as [(String, SMTPExpectation)])
    func aWellFormedSMTPExpectationDecodes(smtp: String, expected: SMTPExpectation) throws {
        let decoded = try SpecStepDecoderTests.decode(Self.smtp(smtp), known: [])
        #expect(decoded.problems == [])
        #expect(decoded.step?.expectation?.smtp == expected)
    }
}
