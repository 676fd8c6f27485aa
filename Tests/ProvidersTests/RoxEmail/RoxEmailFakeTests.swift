import Foundation
import MailFormats
import Providers
import StructuredData
import Testing
import Wire

@Suite struct RoxEmailFakeTests {
    let environment = FakeEnvironment(clock: FakeClock(frozen: true))
    let fake: RoxEmailFake

    init() {
        fake = RoxEmailFake(environment: environment)
    }

    static let sender = "[SENDER]\nID=CI00000001\nPW=myPassword\n\n"

    private func deliver(from: String = "user@your_domain.com", to: [String], subject: String? = nil, body: String,
                         attachments: [MailAttachment] = [], remoteAddress: String = "192.0.2.1") -> SMTPReply {
        let message = MailComposer.compose(from: from, to: to, subject: subject, body: body, attachments: attachments, extraHeaders: [])
        let accepted = to.filter { fake.recipient($0, envelope: SMTPEnvelope(mailFrom: from, recipients: [], clientHostname: nil, remoteAddress: remoteAddress)).code == 250 }
        return fake.message(message, envelope: SMTPEnvelope(mailFrom: from, recipients: accepted, clientHostname: "client", remoteAddress: remoteAddress))
    }

    private var sent: [OutboxEntry] { environment.outbox.entries }

    @Test(arguments: [
        ("61409000000@mail.completesms.net", 250), ("+61409000000@MAIL.COMPLETESMS.NET", 250), ("smsgateway@mail.completesms.net", 250),
        ("smsmail@mail.completesms.net", 250), ("bulksms@mail.completesms.net", 250), ("<SMSMail@mail.completesms.net>", 250),
        ("someone@example.com", 550), ("61409000000@example.com", 550), ("abc@mail.completesms.net", 550), ("123@mail.completesms.net", 550),
    ])
    func onlyTheDocumentedAddressesAreAccepted(address: String, code: Int) {
        let envelope = SMTPEnvelope(mailFrom: "user@your_domain.com", recipients: [], clientHostname: nil, remoteAddress: nil)
        #expect(fake.recipient(address, envelope: envelope).code == code)
    }

    @Test func format1JoinsSubjectAndBodyForEachMobile() {
        let reply = deliver(to: ["61409000000@mail.completesms.net", "0409000001@mail.completesms.net"], subject: "System Alert",
                            body: Self.sender + "Server 23 is offline.\n")
        #expect(reply.code == 250)
        #expect(sent.map(\.to) == ["+61409000000", "+61409000001"])
        #expect(sent.map(\.text) == ["System Alert Server 23 is offline.", "System Alert Server 23 is offline."])
        #expect(sent.first?.json["reply_to"] == "user@your_domain.com")
        #expect(sent.first?.json["authenticated_by"] == "password")
    }

    @Test(arguments: [(160, 160), (161, 160), (400, 160)])
    func format1NeverSendsALongSMS(length: Int, sentLength: Int) {
        _ = deliver(to: ["61409000000@mail.completesms.net"], body: Self.sender + String(repeating: "x", count: length))
        #expect(sent.first?.text.count == sentLength)
        #expect(sent.first?.segments.count == 1)
    }

    @Test func ipAuthenticationNeedsTheRegisteredAddress() {
        #expect(deliver(from: "alerts@your_domain.com", to: ["61409000000@mail.completesms.net"], body: "Hi", remoteAddress: "127.0.0.1").code == 250)
        #expect(deliver(from: "alerts@your_domain.com", to: ["61409000000@mail.completesms.net"], body: "Hi", remoteAddress: "10.9.9.9").code == 550)
        #expect(sent.count == 1)
        #expect(sent.first?.json["authenticated_by"] == "ip")
    }

    @Test(arguments: [
        ("stranger@example.com", sender, "not a registered Red Oxygen user"),
        ("user@your_domain.com", "[SENDER]\nID=CI00000001\nPW=nope\n\n", "do not match"),
        ("user@your_domain.com", "[SENDER]\nID=CI00000002\nPW=myPassword\n\n", "do not match"),
        ("user@your_domain.com", "", "not authenticated by the sending IP address"),
    ])
    func authenticationFailuresSendNothing(from: String, block: String, reason: String) {
        let reply = deliver(from: from, to: ["61409000000@mail.completesms.net"], body: block + "Hi")
        #expect(reply.code == 550)
        #expect(reply.enhancedStatus == "5.7.1")
        #expect(reply.lines.joined().contains(reason))
        #expect(sent.isEmpty)
    }

    @Test func format2SendsEachBlock() {
        let body = Self.sender + "[1]\nName=John\nNumber=61409000000\nMessage=One\n\n[2]\nNumber=61409000001\nMessage=Two\n"
        #expect(deliver(to: ["smsgateway@mail.completesms.net"], subject: "SMS:", body: body).code == 250)
        #expect(sent.map(\.text) == ["One", "Two"])
        #expect(sent.first?.json["name"] == "John")
    }

    @Test(arguments: [
        ("Alert", "[1]\nNumber=61409000000\nMessage=Hi\n", "subject must be"),
        ("SMS:", "[2]\nNumber=61409000000\nMessage=Hi\n", "numbered [1]"),
        ("SMS:", "[1]\nName=J\nMessage=Hi\n", "needs Number="),
        ("SMS:", "[1]\nNumber=61409000000\n", "needs Message="),
        ("SMS:", "[1]\nNumber=61409000000\nColour=red\n", "not Name=, Number= or Message="),
        ("SMS:", "[1] Name=John Number=61409000000 Message=Hi\n", "write the block header [1] on its own line"),
    ])
    func format2RefusesMalformedBlocks(subject: String, blocks: String, reason: String) {
        let reply = deliver(to: ["smsgateway@mail.completesms.net"], subject: subject, body: Self.sender + blocks)
        #expect(reply.code == 554)
        #expect(reply.lines.joined().contains(reason))
        #expect(sent.isEmpty)
    }

    @Test(arguments: [(50, 250), (51, 554)])
    func format2AllowsFiftyBlocks(count: Int, code: Int) {
        let blocks = (1...count).map { "[\($0)]\nNumber=614090000\(String(format: "%02d", $0))\nMessage=m\n" }.joined(separator: "\n")
        #expect(deliver(to: ["smsgateway@mail.completesms.net"], subject: "SMS:", body: Self.sender + blocks).code == code)
    }

    @Test(arguments: [
        ("X-Cellphone:61409000000\nX-Cellphone: 0409000001\n\nHello", 250),
        ("X-Cellphone:61409000000\n\nX-Cellphone:61409000001\n\nHello", 554),
        ("X-Cellphone:61409000000\n\n\nHello", 554),
        ("X-Cellphone:61409000000\nHello", 554),
        ("Hello", 554),
        ("X-Cellphone:61409000000\n\n", 554),
    ])
    func format3Layout(body: String, code: Int) {
        #expect(deliver(to: ["smsmail@mail.completesms.net"], body: Self.sender + body).code == code)
        if code == 250 { #expect(sent.map(\.to) == ["+61409000000", "+61409000001"]) }
    }

    /// The document's table writes the Format 3 body on one line; the refusal says how to lay it out.
    @Test func format3OnOneLineIsToldTheLayout() {
        let reply = deliver(to: ["smsmail@mail.completesms.net"], body: Self.sender + "X-Cellphone: 61409000000 X-Cellphone: 61419718927 SMS Message Content")
        #expect(reply.code == 554)
        #expect(reply.lines.joined().contains("put each X-Cellphone: <number> on a line of its own"))
        #expect(sent.isEmpty)
    }

    @Test(arguments: [(765, 250, 5), (766, 554, 0), (161, 250, 2)])
    func format3TextLength(length: Int, code: Int, parts: Int) {
        let reply = deliver(to: ["smsmail@mail.completesms.net"], body: Self.sender + "X-Cellphone: 61409000000\n\n" + String(repeating: "m", count: length))
        #expect(reply.code == code)
        if code == 250 { #expect(sent.first?.segments.count == parts) }
    }

    private func csv(_ name: String, _ text: String) -> [MailAttachment] {
        [MailAttachment(filename: name, contentType: "text/csv", data: Array(text.utf8))]
    }

    @Test func format4SendsGoodRowsAndReportsBadOnes() {
        let reply = deliver(to: ["bulksms@mail.completesms.net"], body: Self.sender,
                            attachments: csv("CI00000001161223151959.csv", "61409000000,One\r\n61409000001\r\nxyz,Three\r\n\r\n"))
        #expect(reply.code == 250)
        #expect(reply.lines.count == 3)
        #expect(sent.map(\.text) == ["One"])
    }

    /// An unquoted comma in the text makes a third column: reported, not cut; empty extra columns (a spreadsheet's) are fine.
    @Test func format4ReportsTextAfterColumnTwo() {
        let reply = deliver(to: ["bulksms@mail.completesms.net"], body: Self.sender,
                            attachments: csv("CI00000001161223151959.csv", "61409000000,Hello, world\n61409000001,\"Hello, world\"\n61409000002,Sheet row,,,\n"))
        #expect(reply.code == 250)
        #expect(reply.lines.joined().contains("row 1: text after column 2 (\"world\")"))
        #expect(sent.map(\.text) == ["Hello, world", "Sheet row"])
    }

    @Test(arguments: [
        ("CI00000001161223151959.CSV", 250), ("CI00000002161223151959.csv", 554), ("CI00000001161323151959.csv", 554),
        ("CI00000001160230151959.csv", 554), ("CI00000001240229151959.csv", 250), ("CI00000001161223246000.csv", 554),
        ("CI0000000116122315195.csv", 554), ("bulk.csv", 554),
    ])
    func format4FileNames(name: String, code: Int) {
        #expect(deliver(to: ["bulksms@mail.completesms.net"], body: Self.sender, attachments: csv(name, "61409000000,Hi\n")).code == code)
    }

    @Test func malformedMailIsRefusedNotCrashed() {
        let envelope = SMTPEnvelope(mailFrom: "user@your_domain.com", recipients: ["61409000000@mail.completesms.net"], clientHostname: nil, remoteAddress: nil)
        for garbage in [[UInt8](), [0xFF, 0xFE, 0x00], Array("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n".utf8)] {
            #expect(fake.message(garbage, envelope: envelope).code >= 500)
        }
    }

    @Test func accountsCanBeConfiguredAndReset() throws {
        _ = try fake.configureAccount(["account_id": "CI00000002", "country": "NZ", "users": [["email": "ops@example.nz", "password": "pw"]]])
        let reply = deliver(from: "ops@example.nz", to: ["021555000@mail.completesms.net"], body: "[SENDER]\nID=CI00000002\nPW=pw\n\nHi")
        #expect(reply.code == 250)
        #expect(sent.first?.to == "+6421555000")
        fake.reset()
        #expect(fake.accountsJSON.arrayValue?.count == 1)
        #expect(throws: ControlAPIError.self) { try fake.configureAccount(["country": "NZ"]) }
    }
}
