import Providers
import StructuredData
import Testing

/// Every failure code the fake documents is reachable: each row is one documented failure and
/// the one code it answers; the last test checks the rows cover every code.
@Suite struct RoxResultCodeTests {
    static let example = RoxFixtures.example
    static let single = RoxFixtures.single()

    /// Failures that refuse the whole request.
    static let requestRefusals: [(String, JSONValue, RoxResultCode)] = [
        ("no Sender", example.removing(["Sender"]), .senderMissing),
        ("Sender not an object", example.setting(["Sender"], to: "CI00000001"), .senderMissing),
        ("no AccountId", example.removing(["Sender", "AccountId"]), .accountIDMissing),
        ("empty AccountId", example.setting(["Sender", "AccountId"], to: ""), .accountIDMissing),
        ("no Username", example.removing(["Sender", "Username"]), .usernameMissing),
        ("no Password", example.removing(["Sender", "Password"]), .passwordMissing),
        ("numeric Password", example.setting(["Sender", "Password"], to: 1234), .passwordMissing),
        ("unknown account", example.setting(["Sender", "AccountId"], to: "CI99999999"), .unknownAccount),
        ("other user", example.setting(["Sender", "Username"], to: "someone@your_domain.com"), .unknownUser),
        ("wrong password", example.setting(["Sender", "Password"], to: "wrong"), .wrongPassword),
        ("array body", [], .malformedRequest),
        ("string body", "ROX_API_Request", .malformedRequest),
        ("no Name", example.removing(["Name"]), .wrongName),
        ("response Name", example.setting(["Name"], to: "ROX_API_Response"), .wrongName),
        ("no Version", example.removing(["Version"]), .versionMissing),
        ("Version 1.0", example.setting(["Version"], to: "1.0"), .versionUnsupported),
        ("numeric Version", example.setting(["Version"], to: 1.1), .versionUnsupported),
        ("no Product", example.removing(["Product"]), .productMissing),
        ("empty Product", example.setting(["Product"], to: ""), .productMissing),
        ("no Messages", example.removing(["Messages"]), .messagesMissing),
        ("Messages array", example.setting(["Messages"], to: []), .messagesMissing),
        ("no ReceiptFlag", single.removing(["Messages", "ReceiptFlag"]), .receiptFlagMissing),
        ("ReceiptFlag 3", single.setting(["Messages", "ReceiptFlag"], to: 3), .receiptFlagInvalid),
        ("ReceiptFlag string", single.setting(["Messages", "ReceiptFlag"], to: "1"), .receiptFlagInvalid),
        ("receipts without URL", single.removing(["Messages", "ReceiptCallbackURL"]), .receiptCallbackURLMissing),
        ("receipts on error without URL", single.setting(["Messages", "ReceiptFlag"], to: 2).removing(["Messages", "ReceiptCallbackURL"]),
         .receiptCallbackURLMissing),
        ("receipt URL without scheme", single.setting(["Messages", "ReceiptCallbackURL"], to: "www.x.com"), .receiptCallbackURLInvalid),
        ("no ReplyType", single.removing(["Messages", "ReplyType"]), .replyTypeMissing),
        ("ReplyType X", single.setting(["Messages", "ReplyType"], to: "X"), .replyTypeInvalid),
        ("ReplyType H without URL", single.removing(["Messages", "ReplyCallbackURL"]), .replyCallbackURLMissing),
        ("reply URL ftp", single.setting(["Messages", "ReplyCallbackURL"], to: "ftp://x.com"), .replyCallbackURLInvalid),
        ("no TimeZoneOffset", single.removing(["Messages", "TimeZoneOffset"]), .timeZoneOffsetMissing),
        ("TimeZoneOffset 900", single.setting(["Messages", "TimeZoneOffset"], to: 900), .timeZoneOffsetInvalid),
        ("TimeZoneOffset string", single.setting(["Messages", "TimeZoneOffset"], to: "-600"), .timeZoneOffsetInvalid),
        ("SendLater ISO", single.setting(["Messages", "SendLater"], to: "2030-01-01T00:00:01"), .sendLaterInvalid),
        ("empty GlobalText", single.setting(["Messages", "GlobalText"], to: ""), .globalTextInvalid),
        ("no Count", single.removing(["Messages", "Count"]), .countMissing),
        ("Count 0", RoxFixtures.numbered([], count: 0), .countOutOfRange),
        ("Count 501", single.setting(["Messages", "Count"], to: 501), .countOutOfRange),
        ("Count 2 for 1", single.setting(["Messages", "Count"], to: 2), .countMismatch),
        ("gap", RoxFixtures.numbered([("1", RoxFixtures.firstMessage), ("3", RoxFixtures.secondMessage)]), .messagesNotNumbered),
        ("zero", RoxFixtures.numbered([("0", RoxFixtures.firstMessage)]), .messagesNotNumbered),
        ("out of order", RoxFixtures.numbered([("2", RoxFixtures.secondMessage), ("1", RoxFixtures.firstMessage)]), .messagesNotNumbered),
        ("message not object", RoxFixtures.numbered([("1", "+61111222333")]), .messageNotObject),
    ]

    /// Failures of one message, answered in that message's `Result`.
    static let messageRefusals: [(String, JSONValue, RoxResultCode)] = [
        ("no DestTn", ["SMSText": "Hi"], .destTnMissing),
        ("numeric DestTn", ["DestTn": 61_411_222_333, "SMSText": "Hi"], .destTnMissing),
        ("letters in DestTn", ["DestTn": "+61abc", "SMSText": "Hi"], .destTnInvalid),
        ("no SMSText", ["DestTn": "+61111222333"], .smsTextMissing),
        ("empty SMSText", ["DestTn": "+61111222333", "SMSText": ""], .smsTextMissing),
        ("766 characters", ["DestTn": "+61111222333", "SMSText": .string(String(repeating: "a", count: 766))], .textTooLong),
        ("numeric DestName", ["DestTn": "+61111222333", "DestName": 1, "SMSText": "Hi"], .destNameInvalid),
        ("array DestEmail", ["DestTn": "+61111222333", "DestEmail": [], "SMSText": "Hi"], .destEmailInvalid),
    ]

    @Test(arguments: requestRefusals)
    func theRequestIsRefusedWithOneStableCode(label: String, body: JSONValue, code: RoxResultCode) throws {
        let client = RoxClient()
        let answer = try client.post(body)
        #expect(answer == ["Name": "ROX_API_Response", "Result": .string(code.rawValue), "ResultText": .string(code.text), "Version": "1.1"], "\(label)")
        #expect(client.outbox.isEmpty)
    }

    @Test(arguments: messageRefusals)
    func oneMessageIsRefusedWithOneStableCode(label: String, message: JSONValue, code: RoxResultCode) throws {
        let client = RoxClient()
        let answer = try client.post(RoxFixtures.single(message))
        #expect(answer["Result"] == "0000", "\(label)")
        #expect(answer["Messages"]?["1"]?["Result"]?.stringValue == code.rawValue, "\(label)")
        #expect(answer["Messages"]?["1"]?["ResultText"]?.stringValue == code.text)
        #expect(answer["Messages"]?["1"]?["SMSId"] == .null)
        #expect(client.outbox.isEmpty)
    }

    @Test func aDisabledAccountIsRefused() throws {
        let client = RoxClient()
        _ = try client.fake.configureAccount(["account_id": "CI00000001", "state": "disabled"])
        #expect(try client.post(RoxFixtures.example)["Result"] == .string(RoxResultCode.accountDisabled.rawValue))
        #expect(try client.post(RoxFixtures.example.setting(["Sender", "Password"], to: "wrong"))["Result"] == "2007")
    }

    @Test func everyFailureCodeIsReachableAndInItsDocumentedRange() {
        // 2034 is answered by the server before the body is read (RoxRequestSizeTests).
        let reached = Set((Self.requestRefusals + Self.messageRefusals).map(\.2)).union([.accountDisabled, .requestTooLarge])
        #expect(reached == Set(RoxResultCode.allCases.filter { $0 != .success }))
        for code in RoxResultCode.allCases where code != .success {
            let range = code.isAuthentication ? "2001"..."2010" : "2011"..."2100"
            #expect(range.contains(code.rawValue) && code.rawValue.count == 4, "\(code)")
            #expect(!code.text.isEmpty && code.text.count <= 4000)
        }
        #expect(Set(RoxResultCode.allCases.map(\.rawValue)).count == RoxResultCode.allCases.count)
        #expect(Self.messageRefusals.allSatisfy { $0.2.refusesOneMessage })
        #expect(!Self.requestRefusals.contains { $0.2.refusesOneMessage })
    }

    @Test func theChecksRunInTheDocumentedOrder() throws {
        let client = RoxClient()
        let badEverything = RoxFixtures.example.setting(["Version"], to: "9").setting(["Sender", "Password"], to: "x").setting(["Messages", "Count"], to: 9)
        #expect(try client.post(badEverything)["Result"] == "2014")
        #expect(try client.post(badEverything.setting(["Version"], to: "1.1"))["Result"] == "2007")
        #expect(try client.post(badEverything.setting(["Version"], to: "1.1").setting(["Sender", "Password"], to: "myPassword"))["Result"] == "2031")
    }
}
