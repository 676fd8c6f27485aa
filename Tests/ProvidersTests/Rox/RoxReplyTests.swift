import Foundation
@testable import Providers
import StructuredData
import SMSContractTesting
import Testing
import Wire

/// `POST /__fake/rox/replies`: a handset's reply posted to `ReplyCallbackURL` as the HTTP Reply Service form.
@Suite final class RoxReplyTests {
    let client = RoxClient()
    let inbox: CallbackReceiver
    static let acknowledgement = "<HTML><BODY><RESULT>000</RESULT></BODY></HTML>"

    init() throws {
        inbox = try CallbackReceiver()
    }

    deinit {
        inbox.shutdown()
    }

    private func send(replyType: String = "H", replyURL: JSONValue? = nil, destTn: String = "+61411999001") throws {
        let message: JSONValue = ["DestTn": .string(destTn), "DestName": "Jo Bloggs", "SMSText": "Dinner at 8?"]
        let body = RoxFixtures.single(message).removing(["Messages", "SendLater"]).setting(["Messages", "ReplyType"], to: .string(replyType))
            .setting(["Messages", "ReplyCallbackURL"], to: replyURL ?? .string(inbox.url("/replies?source=rox")))
        _ = try client.post(body)
        client.environment.advance(seconds: 10)
    }

    private func reply(_ body: String) throws -> (HTTPResponse, JSONValue) {
        let response = try #require(client.fake.handleControl(
            HTTPRequest(method: "POST", target: "/__fake/rox/replies", headers: ["Content-Type": "application/json"], body: Array(body.utf8)),
            route: "rox/replies"))
        return (response, try JSONParser.parse(response.body))
    }

    @Test func aReplyIsPostedAsTheDocumentedForm() throws {
        inbox.answer(with: 200, text: Self.acknowledgement)
        try send()
        let (response, answer) = try reply(#"{"sms_id": 123, "text": "Yes & 8 is fine, see you"}"#)
        #expect(response.status == 200)
        #expect(answer == ["sms_id": 123, "reply_type": "H", "posted_to": .string(inbox.url("/replies?source=rox")), "accepted": true, "forwarded_to": .null])
        let request = try #require(inbox.requests.first)
        #expect(request.method == "POST" && request.target == "/replies?source=rox")
        #expect(request.headers["Content-Type"] == "application/x-www-form-urlencoded")
        let expected = "CustomerId=CI00000001&EmailId=&SmsId=123&UserEmail=user%40your_domain.com&UserName=user%40your_domain.com"
            + "&DestTN=%2B61411999001&DestName=Jo+Bloggs&ReplyURL=" + RoxReply.formEncoded([("", inbox.url("/replies?source=rox"))]).dropFirst()
            + "&ReplyText=Yes+%26+8+is+fine%2C+see+you"
        #expect(request.bodyText == expected)
    }

    @Test(arguments: [(200, "OK"), (200, "<HTML><BODY><RESULT>100</RESULT></BODY></HTML>"), (500, acknowledgement)])
    func anyOtherAnswerFailsAndForwardsToEmail(status: Int, body: String) throws {
        inbox.answer(with: status, text: body)
        try send()
        let (_, answer) = try reply(#"{"sms_id": 123, "text": "Yes"}"#)
        #expect(answer["accepted"] == false && answer["forwarded_to"] == "email")
        client.environment.advance(seconds: 100_000)
        #expect(inbox.requests.count == 1)
    }

    @Test(arguments: [("E", "email"), ("S", "sms"), ("B", "email and sms")])
    func otherReplyTypesAreForwardedWithoutACallback(replyType: String, forwarding: String) throws {
        try send(replyType: replyType)
        let (response, answer) = try reply(#"{"sms_id": 123, "text": "Yes"}"#)
        #expect(response.status == 200)
        #expect(answer == ["sms_id": 123, "reply_type": .string(replyType), "posted_to": .null, "accepted": .null, "forwarded_to": .string(forwarding)])
        #expect(inbox.requests.isEmpty)
    }

    @Test func aNullReplyURLForwardsToEmail() throws {
        try send(replyURL: .null)
        #expect(try reply(#"{"sms_id": 123, "text": "Yes"}"#).1["forwarded_to"] == "email")
        #expect(inbox.requests.isEmpty)
    }

    @Test(arguments: [
        (#"{"sms_id": 999, "text": "Yes"}"#, 404), (#"{"sms_id": "123", "text": "Yes"}"#, 400), (#"{"sms_id": 123}"#, 400),
        (#"{"sms_id": 123, "text": ""}"#, 400), ("nope", 400),
    ])
    func badRepliesAreRefused(body: String, status: Int) throws {
        try send()
        #expect(try reply(body).0.status == status)
    }

    @Test func theTextIsAtMost4000Characters() throws {
        inbox.answer(with: 200, text: Self.acknowledgement)
        try send()
        #expect(try reply(#"{"sms_id": 123, "text": "\#(String(repeating: "a", count: 4001))"}"#).0.status == 400)
        #expect(try reply(#"{"sms_id": 123, "text": "\#(String(repeating: "a", count: 4000))"}"#).0.status == 200)
    }

    @Test(arguments: ["+61411999002", "+61411999005", "+61411999006"])
    func aHandsetThatNeverGotTheSMSCannotReply(destTn: String) throws {
        try send(destTn: destTn)
        let (response, answer) = try reply(#"{"sms_id": 123, "text": "Yes"}"#)
        #expect(response.status == 409)
        #expect(answer["error"]?.stringValue?.contains("has not reached a handset") == true)
    }

    @Test func messagesShowTheirStateAndOtherMethodsAreRefused() throws {
        try send()
        let list = try #require(client.fake.handleControl(HTTPRequest(method: "GET", target: "/__fake/rox/messages"), route: "rox/messages"))
        #expect(try JSONParser.parse(list.body).arrayValue?.map { $0["status"] } == ["Delivered"])
        let one = try #require(client.fake.handleControl(HTTPRequest(method: "GET", target: "/__fake/rox/messages/123"), route: "rox/messages/123"))
        #expect(try JSONParser.parse(one.body)["sms_id"] == 123)
        #expect(client.fake.handleControl(HTTPRequest(method: "GET", target: "/__fake/rox/messages/7"), route: "rox/messages/7")?.status == 404)
        let delete = client.fake.handleControl(HTTPRequest(method: "DELETE", target: "/__fake/rox/messages"), route: "rox/messages")
        #expect(delete?.status == 405 && delete?.headers["Allow"] == "GET")
        #expect(client.fake.handleControl(HTTPRequest(method: "GET", target: "/__fake/rox/replies"), route: "rox/replies")?.status == 405)
        #expect(client.fake.handleControl(HTTPRequest(method: "GET", target: "/__fake/other"), route: "other") == nil)
    }

    @Test(arguments: [("<HTML><BODY><RESULT>000</RESULT></BODY></HTML>", true), ("<html><body><result> 000 </result></body></html>\n", true),
                      ("<RESULT>100</RESULT>", false), ("000", false)])
    func theAcknowledgementIsRecognised(body: String, acknowledged: Bool) {
        #expect(RoxReply.isAcknowledgement(body) == acknowledged)
    }
}
