@testable import Providers
import StructuredData
import Testing

@Suite struct RoxDeliveryOptionsTests {
    static let minimal: JSONObject = ["ReceiptFlag": 0, "ReplyType": "E", "TimeZoneOffset": -600]

    /// The minimal attributes with `changes` set and `removals` taken out.
    static func with(_ changes: JSONObject, removing removals: [String] = []) -> JSONObject {
        var object = minimal
        for (key, value) in changes { object[key] = value }
        for key in removals { object[key] = nil }
        return object
    }

    static let accepted: [JSONObject] = [
        ["ReceiptFlag": 1, "ReceiptCallbackURL": .null],
        ["ReceiptFlag": 2, "ReceiptCallbackURL": "https://x.example/r"],
        ["ReceiptCallbackURL": "http://x.example/r"],
        ["ReplyType": "H", "ReplyCallbackURL": .null],
        ["ReplyType": "B", "ReplyCallbackURL": "http://x.example/reply?a=1"],
        ["ReplyType": "S"],
        ["SendLater": .null, "GlobalText": .null],
        ["SendLater": ""],
        ["TimeZoneOffset": -840],
        ["TimeZoneOffset": 720],
        ["TimeZoneOffset": -600.0],
    ]

    static let refused: [(JSONObject, [String], RoxResultCode)] = [
        ([:], ["ReceiptFlag"], .receiptFlagMissing),
        (["ReceiptFlag": .null], [], .receiptFlagMissing),
        (["ReceiptFlag": true], [], .receiptFlagInvalid),
        (["ReceiptFlag": 1], [], .receiptCallbackURLMissing),
        (["ReceiptCallbackURL": "mailto:me@x.example"], [], .receiptCallbackURLInvalid),
        (["ReplyType": ""], [], .replyTypeInvalid),
        (["ReplyType": "H"], [], .replyCallbackURLMissing),
        (["ReplyCallbackURL": "http://"], [], .replyCallbackURLInvalid),
        ([:], ["TimeZoneOffset"], .timeZoneOffsetMissing),
        (["TimeZoneOffset": -841], [], .timeZoneOffsetInvalid),
        (["SendLater": 0], [], .sendLaterInvalid),
        (["SendLater": "31-Jun-2030 00:00:00"], [], .sendLaterInvalid),
        (["GlobalText": []], [], .globalTextInvalid),
    ]

    static let urls: [(String, Bool)] = [
        ("http://www.your_domain.com/Receipt", true), ("HTTPS://host:8443/path", true), ("http://127.0.0.1/x", true),
        ("www.your_domain.com", false), ("ftp://host/x", false), ("http://", false), ("https:///x", false), ("http://:80/x", false),
        ("http://host/a b", false), ("http://host/\t", false), ("", false),
    ]

    @Test func theMinimalAttributesSendNowWithoutCallbacks() throws {
        let options = try RoxDeliveryOptions.read(Self.minimal)
        #expect(options == RoxDeliveryOptions(
            receiptFlag: 0, receiptCallbackURL: nil, replyType: .email, replyCallbackURL: nil, timeZoneOffset: -600, sendLater: nil, globalText: nil))
    }

    @Test(arguments: accepted)
    func acceptedCombinations(changes: JSONObject) {
        #expect(throws: Never.self) { try RoxDeliveryOptions.read(Self.with(changes)) }
    }

    @Test(arguments: refused)
    func refusedCombinations(changes: JSONObject, removals: [String], code: RoxResultCode) {
        #expect(throws: RoxRefusal(code)) { try RoxDeliveryOptions.read(Self.with(changes, removing: removals)) }
    }

    @Test(arguments: urls)
    func callbackURLsAreAbsoluteHTTP(url: String, valid: Bool) {
        #expect(RoxDeliveryOptions.isHTTPURL(url) == valid)
    }

    @Test func sendLaterIsReadInTheRequestsOffset() throws {
        let options = try RoxDeliveryOptions.read(Self.with(["SendLater": "01-Jan-2030 00:00:01", "TimeZoneOffset": -600]))
        #expect(options.sendLater.map(RoxDateTime.isoSeconds) == "2029-12-31T14:00:01Z")
    }
}
