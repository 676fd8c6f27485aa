import ContractHarness
import StructuredData
import Testing

@Suite struct SecretRedactorTests {
    let redactor = SecretRedactor(credentials: ["token": "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx", "short": "abc"])

    @Test func everyOccurrenceBecomesThePlaceholder() {
        #expect(redactor.redact("Bearer 1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx!") == "Bearer {{credentials.token}}!")
        #expect(redactor.redact("key e3f3a759b6677959b6ebfcxxxxxxxxxx alone") == "key {{credentials.token}} alone")
    }

    @Test func nestedJSONIsRedactedIncludingKeys() {
        let value: JSONValue = ["a": ["1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"], "e3f3a759b6677959b6ebfcxxxxxxxxxx": 1]
        #expect(redactor.redact(value) == ["a": ["{{credentials.token}}"], "{{credentials.token}}": 1])
    }

    @Test func valuesTooShortToBeSecretsAreLeftAlone() {
        #expect(redactor.redact("abc") == "abc")
    }

    @Test func anInteractionIsRedactedEverywhere() {
        let secret = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"
        let interaction = Interaction(
            step: "s",
            request: RecordedRequest(method: "GET", path: "/x?key=\(secret)", headers: ["Auth": .string(secret)], body: .text("t=\(secret)")),
            response: RecordedResponse(status: 200, headers: ["Echo": .string(secret)], body: .json(["token": .string(secret)])))
        let redacted = redactor.redact(interaction)
        let text = String(decoding: CassetteCodec.encode(Cassette(spec: "s", provider: "p", recordedAt: "t", target: "fake", interactions: [redacted])), as: UTF8.self)
        #expect(!text.contains("e3f3a759b6677959b6ebfc"))
        guard case .http(let request, _) = redacted.exchange else {
            Issue.record("expected an HTTP interaction")
            return
        }
        #expect(request.path == "/x?key={{credentials.token}}")
    }

    @Test func anEmailInteractionIsRedactedInTheMessageAndTheReplies() {
        let interaction = Interaction(step: "mail", exchange: .email(
            message: ["from": "a@b.c", "body": "[SENDER]\nID=x\nPW=1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"],
            replies: [RecordedSMTPReply(command: ".", argument: nil, code: 550, text: "bad PW 1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx")]))
        guard case .email(let message, let replies) = redactor.redact(interaction).exchange else {
            Issue.record("expected an email interaction")
            return
        }
        #expect(message["body"] == "[SENDER]\nID=x\nPW={{credentials.token}}")
        #expect(replies[0].text == "bad PW {{credentials.token}}")
    }
}
