import Foundation
@testable import Providers
import StructuredData
import Testing
import Wire

@Suite struct RoxFakeTests {
    let client = RoxClient()

    @Test func theSeedExampleIsQueuedWithTheDocumentedResponse() throws {
        let answer = try client.post(RoxFixtures.example)
        #expect(answer["Name"] == "ROX_API_Response")
        #expect(answer["Result"] == "0000")
        #expect(answer["ResultText"] == "Success")
        #expect(answer["Version"] == "1.1")
        let messages = try #require(answer["Messages"]?.objectValue)
        #expect(messages.keys == ["Count", "RequestId", "1", "2"])
        #expect(messages["Count"] == 2)
        #expect(messages["RequestId"] == "12092004391300001")
        #expect(messages["1"] == ["SMSId": 123, "DestTn": "+61111222333", "Result": "0000", "ResultText": "Queued", "Timestamp": "2024-09-20T04:39:13.819Z"])
        #expect(messages["2"] == ["SMSId": 124, "DestTn": "+61111222334", "Result": "0000", "ResultText": "Queued", "Timestamp": "2024-09-20T04:39:13.819Z"])
    }

    @Test func theOutboxRecordsEveryDetailOfAQueuedMessage() throws {
        _ = try client.post(RoxFixtures.example)
        let entries = client.outbox
        #expect(entries.count == 2)
        let first = try #require(entries.first)
        #expect(first["provider"] == "rox")
        #expect(first["to"] == "+61111222333")
        #expect(first["from"] == "CI00000001")
        #expect(first["text"] == "The first example message")
        #expect(first["parts"] == 1)
        #expect(first["encoding"] == "gsm7")
        #expect(first["sms_id"] == 123)
        #expect(first["request_id"] == "12092004391300001")
        #expect(first["product"] == "YourProductName")
        #expect(first["receipt_flag"] == 1)
        #expect(first["receipt_callback_url"] == "http://www.your_domain.com/Receipt")
        #expect(first["reply_type"] == "H")
        #expect(first["reply_callback_url"] == "http://www.your_domain.com/Reply")
        #expect(first["time_zone_offset"] == -600)
        #expect(first["dest_name"] == "MyFirstCustomersName")
        #expect(first["dest_email"] == "firstcustomer@email.com")
        #expect(first["scheduled_at"] == "2029-12-31T14:00:01Z")
        #expect(first["scheduled"] == true)
    }

    @Test func identifiersAreUniqueAcrossRequestsAndResets() throws {
        let first = try client.post(RoxFixtures.example)
        client.fake.reset()
        let second = try client.post(RoxFixtures.example)
        let ids = [first, second].flatMap { answer in ["1", "2"].compactMap { answer["Messages"]?[$0]?["SMSId"]?.intValue } }
        #expect(ids == [123, 124, 125, 126])
        #expect(first["Messages"]?["RequestId"] != second["Messages"]?["RequestId"])
    }

    @Test func aBadMessageAmongGoodOnesIsRefusedOnItsOwn() throws {
        let body = RoxFixtures.numbered([
            ("1", RoxFixtures.firstMessage), ("2", ["DestTn": "+61abc", "SMSText": "Bad number"]), ("3", RoxFixtures.secondMessage),
        ])
        let answer = try client.post(body)
        #expect(answer["Result"] == "0000")
        #expect(answer["Messages"]?["Count"] == 3)
        #expect(answer["Messages"]?["1"]?["SMSId"] == 123)
        #expect(answer["Messages"]?["2"] == [
            "SMSId": nil, "DestTn": "+61abc", "Result": "2042", "ResultText": "DestTn is not a valid phone number.", "Timestamp": "2024-09-20T04:39:13.819Z",
        ])
        #expect(answer["Messages"]?["3"]?["SMSId"] == 124)
        #expect(client.outbox.map { $0["to"] } == ["+61111222333", "+61111222334"])
    }

    @Test func globalTextOverridesEverySMSText() throws {
        let body = RoxFixtures.example.setting(["Messages", "GlobalText"], to: "For everyone").removing(["Messages", "2", "SMSText"])
        let answer = try client.post(body)
        #expect(answer["Messages"]?["2"]?["Result"] == "0000")
        #expect(client.outbox.map { $0["text"] } == ["For everyone", "For everyone"])
    }

    @Test func fiveHundredMessagesAreQueuedAndFiveHundredAndOneRefused() throws {
        let messages: [(String, JSONValue)] = (1...501).map { (String($0), ["DestTn": .string("+61411\(String(format: "%06d", $0))")]) }
        let body = RoxFixtures.numbered(Array(messages.prefix(500))).setting(["Messages", "GlobalText"], to: "Hi all")
        let answer = try client.post(body)
        #expect(answer["Result"] == "0000")
        #expect(answer["Messages"]?["500"]?["DestTn"] == "+61411000500")
        #expect(client.outbox.count == 500)
        #expect(Set(client.outbox.compactMap { $0["sms_id"]?.intValue }).count == 500)
        let tooMany = RoxFixtures.numbered(messages).setting(["Messages", "GlobalText"], to: "Hi all")
        #expect(try client.post(tooMany)["Result"] == "2030")
        #expect(try client.post(tooMany.setting(["Messages", "Count"], to: 500))["Result"] == "2031")
        #expect(client.outbox.count == 500)
    }

    @Test(arguments: [("0411 222 333", "+61411222333"), ("61411222333", "+61411222333"), ("0061411222333", "+61411222333"),
                      ("+61 (0)411-222-333", "+61411222333"), ("+6421123456", "+6421123456")])
    func destinationsComeBackFullyInternational(raw: String, international: String) throws {
        let answer = try client.post(RoxFixtures.single(["DestTn": .string(raw), "SMSText": "Hi"]))
        #expect(answer["Messages"]?["1"]?["DestTn"]?.stringValue == international)
        #expect(client.outbox.first?["to"]?.stringValue == international)
    }

    @Test func nationalNumbersFollowTheAccountsCountry() throws {
        _ = try client.fake.configureAccount(["account_id": "CI00000003", "username": "kiwi@your_domain.com", "password": "kiwi", "country": "NZ"])
        let body = RoxFixtures.single(["DestTn": "021 123 4567", "SMSText": "Kia ora"])
            .setting(["Sender"], to: ["AccountId": "CI00000003", "Username": "kiwi@your_domain.com", "Password": "kiwi"])
        let answer = try client.post(body)
        #expect(answer["Messages"]?["1"]?["DestTn"] == "+64211234567")
        #expect(client.outbox.first?["from"] == "CI00000003")
    }

    @Test(arguments: [("a", 160, 1, "gsm7"), ("a", 161, 2, "gsm7"), ("a", 765, 5, "gsm7"), ("€", 380, 5, "gsm7"), ("ж", 70, 1, "ucs2"), ("ж", 335, 5, "ucs2")])
    func textsUpToFivePartsAreQueued(character: String, count: Int, parts: Int, encoding: String) throws {
        let answer = try client.post(RoxFixtures.single(["DestTn": "+61111222333", "SMSText": .string(String(repeating: character, count: count))]))
        #expect(answer["Messages"]?["1"]?["Result"] == "0000")
        #expect(client.outbox.first?["parts"]?.intValue == parts)
        #expect(client.outbox.first?["encoding"]?.stringValue == encoding)
    }

    @Test(arguments: [("a", 766), ("€", 381), ("ж", 336)])
    func textsNeedingASixthPartAreRefused(character: String, count: Int) throws {
        let answer = try client.post(RoxFixtures.single(["DestTn": "+61111222333", "SMSText": .string(String(repeating: character, count: count))]))
        #expect(answer["Messages"]?["1"]?["Result"] == "2044")
        #expect(answer["Messages"]?["1"]?["SMSId"] == .null)
        #expect(client.outbox.isEmpty)
    }

    @Test func sendLaterInThePastIsSentAtOnceAndTheFutureIsScheduled() throws {
        _ = try client.post(RoxFixtures.single().setting(["Messages", "SendLater"], to: "20-Sep-2024 14:39:13"))
        _ = try client.post(RoxFixtures.single().setting(["Messages", "SendLater"], to: "20-Sep-2024 14:39:14"))
        _ = try client.post(RoxFixtures.single().removing(["Messages", "SendLater"]))
        #expect(client.outbox.map { $0["scheduled"] } == [false, true, false])
        #expect(client.outbox.map { $0["scheduled_at"] } == ["2024-09-20T04:39:13Z", "2024-09-20T04:39:14Z", nil])
    }

    @Test func theUsernameIsMatchedIgnoringCase() throws {
        let answer = try client.post(RoxFixtures.example.setting(["Sender", "Username"], to: "User@Your_Domain.COM"))
        #expect(answer["Result"] == "0000")
        #expect(try client.post(RoxFixtures.example.setting(["Sender", "Password"], to: "MYPASSWORD"))["Result"] == "2007")
    }

    @Test(arguments: ["{\"Name\": ", "", "[]", "\"ROX_API_Request\"", "null", "{\"a\":1} trailing", String(repeating: "[", count: 10_000)])
    func malformedBodiesAreAnsweredInTheAPIsShape(text: String) throws {
        let answer = try client.post(bytes: Array(text.utf8))
        #expect(answer == ["Name": "ROX_API_Response", "Result": "2011", "ResultText": "The request body is not a valid JSON object.", "Version": "1.1"])
    }

    @Test func invalidUTF8IsMalformedToo() throws {
        #expect(try client.post(bytes: [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D])["Result"] == "2011")
    }

    @Test func onlyPostOnTheDocumentedPathIsServed() {
        let get = client.fake.handle(HTTPRequest(method: "GET", target: RoxProvider.sendPath))
        #expect(get.status == 405)
        #expect(get.headers["Allow"] == "POST")
        #expect(client.fake.handle(HTTPRequest(method: "POST", target: "/smsapi/sendsms", body: JSONWriter.bytes(RoxFixtures.example))).status == 404)
        #expect(client.fake.handle(HTTPRequest(method: "POST", target: "/", body: [])).status == 404)
        #expect(client.outbox.isEmpty)
    }

    @Test func requestIDsLookLikeTheSeedsExample() {
        let id = RoxFake.requestID(at: Date(timeIntervalSince1970: 1_726_807_153.819), sequence: 7)
        #expect(id == "12092004391300007")
        #expect(id.count == "12092004391358440".count)
    }
}
