@testable import Providers
import StructuredData
import Testing

@Suite struct RoxMessageListTests {
    static let message: JSONValue = ["DestTn": "+61111222333", "SMSText": "Hi"]

    static func messages(count: JSONValue?, keys: [String]) -> JSONObject {
        var object: JSONObject = ["ReceiptFlag": 0, "ReplyType": "E", "TimeZoneOffset": 0, "GlobalText": "x"]
        if let count { object["Count"] = count }
        for key in keys { object[key] = message }
        return object
    }

    static let refused: [(JSONValue?, [String], RoxResultCode)] = [
        (nil, ["1"], .countMissing),
        (JSONValue.null, ["1"], .countMissing),
        (0, [], .countOutOfRange),
        (501, ["1"], .countOutOfRange),
        ("1", ["1"], .countOutOfRange),
        (1.5, ["1"], .countOutOfRange),
        (2, ["1"], .countMismatch),
        (1, ["1", "2"], .countMismatch),
        (2, ["1", "3"], .messagesNotNumbered),
        (2, ["2", "1"], .messagesNotNumbered),
        (1, ["0"], .messagesNotNumbered),
        (1, ["01"], .messagesNotNumbered),
        (1, ["One"], .messagesNotNumbered),
        (1, [" 1"], .messagesNotNumbered),
    ]

    @Test(arguments: refused)
    func countAndNumberingRules(count: JSONValue?, keys: [String], code: RoxResultCode) {
        #expect(throws: RoxRefusal(code)) { try RoxMessageList.read(Self.messages(count: count, keys: keys)) }
    }

    @Test(arguments: [1, 2, 10, 499, 500])
    func messagesNumberedFromOneInOrderAreRead(count: Int) throws {
        let keys = (1...count).map(String.init)
        let list = try RoxMessageList.read(Self.messages(count: .integer(count), keys: keys))
        #expect(list.map(\.number) == keys)
    }

    @Test func namedAttributesAreNotMessages() throws {
        var object = Self.messages(count: 1, keys: ["1"])
        object["ReceiptCallbackURL"] = .null
        object["ReplyCallbackURL"] = .null
        object["SendLater"] = ""
        #expect(try RoxMessageList.read(object).count == 1)
    }

    /// The OpenAPI's `maxProperties: 507` is not enforced: all eight attributes and 500 messages are 508.
    @Test func eightAttributesAndFiveHundredMessagesAreRead() throws {
        var object = Self.messages(count: 500, keys: (1...500).map(String.init))
        for (name, value) in [("ReceiptFlag", 0), ("ReceiptCallbackURL", nil), ("ReplyType", "E"), ("ReplyCallbackURL", nil),
                              ("TimeZoneOffset", -600), ("SendLater", ""), ("GlobalText", "Hi")] as [(String, JSONValue)] {
            object[name] = value
        }
        #expect(object.count == 508)
        #expect(try RoxMessageList.read(object).count == 500)
    }
}
