import Foundation
import Providers
import StructuredData
import Wire

/// Requests for the rox fake: the seed's example, and ways to change it.
enum RoxFixtures {
    static let firstMessage: JSONValue = [
        "DestTn": "+61111222333", "DestName": "MyFirstCustomersName", "DestEmail": "firstcustomer@email.com", "SMSText": "The first example message",
    ]
    static let secondMessage: JSONValue = [
        "DestTn": "+61111222334", "DestName": "MySecondCustomersName", "DestEmail": "secondcustomer@email.com", "SMSText": "The second example message",
    ]

    /// The seed's example request, verbatim.
    static let example: JSONValue = [
        "Name": "ROX_API_Request",
        "Version": "1.1",
        "Product": "YourProductName",
        "Sender": ["AccountId": "CI00000001", "Username": "user@your_domain.com", "Password": "myPassword"],
        "Messages": [
            "ReceiptFlag": 1,
            "ReceiptCallbackURL": "http://www.your_domain.com/Receipt",
            "ReplyType": "H",
            "ReplyCallbackURL": "http://www.your_domain.com/Reply",
            "TimeZoneOffset": -600,
            "SendLater": "01-Jan-2030 00:00:01",
            "Count": 2,
            "1": firstMessage,
            "2": secondMessage,
        ],
    ]

    /// The example carrying only `message` as message "1".
    static func single(_ message: JSONValue = firstMessage) -> JSONValue {
        example.removing(["Messages", "2"]).setting(["Messages", "Count"], to: 1).setting(["Messages", "1"], to: message)
    }

    /// The example's attributes with the given numbered messages, in order, and `count` (default: how many there are).
    static func numbered(_ messages: [(String, JSONValue)], count: Int? = nil) -> JSONValue {
        var body = example.removing(["Messages", "1"]).removing(["Messages", "2"]).setting(["Messages", "Count"], to: .integer(count ?? messages.count))
        for (number, message) in messages { body = body.setting(["Messages", number], to: message) }
        return body
    }

    /// A clock frozen at the seed's response timestamp, 2024-09-20T04:39:13.819Z.
    static func seedClock() -> FakeClock {
        FakeClock(start: Date(timeIntervalSince1970: 1_726_807_153.819), frozen: true)
    }
}

/// Sends bodies to an in-process rox fake and reads the answers.
struct RoxClient {
    let environment = FakeEnvironment(clock: RoxFixtures.seedClock())
    let fake: RoxFake

    init() {
        fake = RoxFake(environment: environment)
    }

    func post(_ body: JSONValue) throws -> JSONValue {
        try post(bytes: JSONWriter.bytes(body))
    }

    func post(bytes: [UInt8]) throws -> JSONValue {
        let response = fake.handle(HTTPRequest(
            method: "POST", target: RoxProvider.sendPath, headers: ["Content-Type": "application/json"], body: bytes))
        guard response.status == 200 else { throw RoxClientError.status(response.status) }
        return try JSONParser.parse(response.body)
    }

    var outbox: [JSONValue] { environment.outbox.entries.map(\.json) }
}

enum RoxClientError: Error {
    case status(Int)
}

extension JSONValue {
    /// The value with the member at `path` set (intermediate objects must exist).
    func setting(_ path: [String], to value: JSONValue) -> JSONValue {
        guard let key = path.first, var object = objectValue else { return self }
        object[key] = path.count == 1 ? value : (object[key] ?? .null).setting(Array(path.dropFirst()), to: value)
        return .object(object)
    }

    /// The value without the member at `path`.
    func removing(_ path: [String]) -> JSONValue {
        guard let key = path.first, var object = objectValue else { return self }
        object[key] = path.count == 1 ? nil : object[key]?.removing(Array(path.dropFirst()))
        return .object(object)
    }
}
