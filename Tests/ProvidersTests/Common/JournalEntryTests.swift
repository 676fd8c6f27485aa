import Foundation
import Providers
import StructuredData
import Testing
import Wire

@Suite struct JournalEntryTests {
    private let at = Date(timeIntervalSince1970: 1_700_000_000)

    private func http(_ body: [UInt8], headers: HTTPHeaders = ["Content-Type": "application/json"], status: Int? = 201, fault: String? = nil) -> JSONValue {
        let request = HTTPRequest(method: "POST", target: "/sms?x=1", headers: headers, body: body, remoteAddress: "127.0.0.1")
        return JournalEntry(sequence: 7, at: at, exchange: .http(request, status: status, fault: fault)).json
    }

    @Test func anHTTPRequestShowsWhatWasSentAndAnswered() {
        let json = http(Array(#"{"text":"Hi"}"#.utf8))
        #expect(json["sequence"] == 7)
        #expect(json["at"] == "2023-11-14T22:13:20.000Z")
        #expect(json["protocol"] == "http")
        #expect(json["method"] == "POST")
        #expect(json["target"] == "/sms?x=1")
        #expect(json["remote_address"] == "127.0.0.1")
        #expect(json["headers"]?["Content-Type"] == "application/json")
        #expect(json["body"] == ["text": "Hi"]) // Parsed: the structure the client sent, not an escaped string.
        #expect(json["body_bytes"] == 13)
        #expect(json["body_truncated"] == false)
        #expect(json["status"] == 201)
        #expect(json["fault"] == .null)
    }

    static let bodies: [(body: String, contentType: String?, shown: JSONValue)] = [
        (#"{"text":"#, "application/json", .string(#"{"text":"#)), // Not whole JSON: shown as sent.
        ("plain words", "text/plain", "plain words"),
        ("[1,2]", nil, [1, 2]), // An array on its own reads as JSON whatever the type.
        (" {\"a\": true}", "text/plain", ["a": true]),
        ("42", "text/plain", "42"), // A bare number is text unless declared JSON.
        ("42", "application/problem+json", 42),
    ]

    @Test(arguments: bodies)
    func onlyWholeJSONBodiesAreParsed(body: String, contentType: String?, shown: JSONValue) {
        var headers = HTTPHeaders()
        if let contentType { headers["Content-Type"] = contentType }
        #expect(http(Array(body.utf8), headers: headers)["body"] == shown)
    }

    @Test func aResetHasNoStatusAndNamesItsFault() {
        let json = http([], status: nil, fault: "reset")
        #expect(json["status"] == .null)
        #expect(json["fault"] == "reset")
    }

    @Test func repeatedHeadersAreJoinedInOrder() {
        var headers = HTTPHeaders()
        headers.add(name: "X-Tag", value: "a")
        headers.add(name: "X-Tag", value: "b")
        #expect(http([], headers: headers)["headers"]?["X-Tag"] == "a, b")
    }

    @Test func aBinaryBodyIsShownInBase64() {
        let json = http([0xFF, 0x00, 0x41])
        #expect(json["body"] == nil)
        #expect(json["body_base64"] == "/wBB")
        #expect(json["body_bytes"] == 3)
    }

    @Test func aLongBodyIsCutAndMarkedWithoutSplittingACharacter() {
        let text = "a" + String(repeating: "ж", count: JournalEntry.maxBodyBytes) // The cut falls inside a "ж".
        let json = http(Array(text.utf8))
        let kept = json["body"]?.stringValue ?? ""
        #expect(json["body_truncated"] == true)
        #expect(json["body_bytes"]?.intValue == text.utf8.count)
        #expect(kept.utf8.count == JournalEntry.maxBodyBytes - 1)
        #expect(text.hasPrefix(kept))
    }

    @Test func anSMTPMessageShowsItsEnvelopeTextAndReply() {
        let envelope = SMTPEnvelope(mailFrom: "alerts@your_domain.com", recipients: ["61409000000@mail.completesms.net"],
                                    clientHostname: "client.test", remoteAddress: "127.0.0.1")
        let reply = SMTPReply(code: 250, enhancedStatus: "2.0.0", lines: ["Queued 1 SMS"])
        let json = JournalEntry(sequence: 1, at: at, exchange: .smtpMessage(Array("Subject: Hi\r\n\r\nBody".utf8), envelope: envelope, reply: reply)).json
        #expect(json["protocol"] == "smtp")
        #expect(json["command"] == "DATA")
        #expect(json["mail_from"] == "alerts@your_domain.com")
        #expect(json["recipients"] == ["61409000000@mail.completesms.net"])
        #expect(json["client_hostname"] == "client.test")
        #expect(json["message"] == "Subject: Hi\r\n\r\nBody")
        #expect(json["message_bytes"] == 19)
        #expect(json["reply_code"] == 250)
        #expect(json["reply"] == "250 2.0.0 Queued 1 SMS")
    }

    @Test func aRefusedRecipientNamesTheAddress() {
        let reply = SMTPReply(code: 550, enhancedStatus: "5.1.1", lines: ["no such address"])
        let json = JournalEntry(sequence: 2, at: at, exchange: .smtpRecipient("x@example.com", envelope: SMTPEnvelope(mailFrom: "a@b.test"), reply: reply)).json
        #expect(json["command"] == "RCPT TO")
        #expect(json["address"] == "x@example.com")
        #expect(json["reply_code"] == 550)
        #expect(json["message"] == nil)
    }
}
