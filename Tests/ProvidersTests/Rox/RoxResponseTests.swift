@testable import Providers
import StructuredData
import Testing

@Suite struct RoxResponseTests {
    @Test func aRefusalHasNoMessages() throws {
        let response = RoxResponse.refused(.wrongPassword)
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        let body = try JSONParser.parse(response.body)
        #expect(body.objectValue?.keys == ["Name", "Result", "ResultText", "Version"])
        #expect(body["Result"] == "2007")
    }

    @Test func anAcceptedRequestListsEachMessageInTheSeedsOrder() throws {
        let results = [
            RoxResponse.MessageResult(number: "1", smsID: 9, destTn: "+61111222333", code: .success, timestamp: "2024-09-20T04:39:13.819Z"),
            RoxResponse.MessageResult(number: "2", smsID: nil, destTn: "x", code: .destTnInvalid, timestamp: "2024-09-20T04:39:13.819Z"),
        ]
        let body = try JSONParser.parse(RoxResponse.accepted(requestID: "1", results: results).body)
        #expect(body.objectValue?.keys == ["Name", "Result", "ResultText", "Version", "Messages"])
        #expect(body["Messages"]?.objectValue?.keys == ["Count", "RequestId", "1", "2"])
        #expect(body["Messages"]?["1"]?.objectValue?.keys == ["SMSId", "DestTn", "Result", "ResultText", "Timestamp"])
        #expect(body["Messages"]?["1"]?["ResultText"] == "Queued")
        #expect(body["Messages"]?["2"]?["SMSId"] == .null)
        #expect(body["Messages"]?["2"]?["ResultText"] == "DestTn is not a valid phone number.")
    }
}
