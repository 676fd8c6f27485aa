import StructuredData
import Wire

/// The answers of `POST /smsapi/send`, in the shape of the seed's "SendSMS API Response":
/// `{"Name":"ROX_API_Response","Result":…,"ResultText":…,"Version":"1.1","Messages":{…}}`.
///
/// Every answer in this shape is HTTP 200 (the document's OpenAPI lists only 200); the outcome is
/// in `Result`. A refused request has no `Messages`.
enum RoxResponse {
    /// The `Name` every answer carries.
    static let responseName = "ROX_API_Response"
    /// The `ResultText` of a queued message.
    static let queuedText = "Queued"
    static let contentType = "application/json; charset=utf-8"

    /// The outcome of one numbered message, as `Messages."<n>"` shows it.
    struct MessageResult: Sendable, Equatable {
        var number: String
        /// Nil when the message was refused (answered as JSON null).
        var smsID: Int?
        /// The fully international number when queued; as given when refused.
        var destTn: String
        var code: RoxResultCode
        /// When the message was queued (or refused), ISO 8601 UTC with milliseconds.
        var timestamp: String

        var json: JSONValue {
            [
                "SMSId": smsID.map(JSONValue.integer) ?? .null,
                "DestTn": .string(destTn),
                "Result": .string(code.rawValue),
                "ResultText": .string(code == .success ? queuedText : code.text),
                "Timestamp": .string(timestamp),
            ]
        }
    }

    /// A request refused as a whole: the code at the top level, no `Messages`.
    static func refused(_ code: RoxResultCode) -> HTTPResponse {
        .json(200, .object(envelope(code)), contentType: contentType)
    }

    /// An accepted request: `Result` "0000" and each numbered message's own outcome.
    static func accepted(requestID: String, results: [MessageResult]) -> HTTPResponse {
        var messages = JSONObject(minimumCapacity: results.count + 2)
        messages["Count"] = .integer(results.count)
        messages["RequestId"] = .string(requestID)
        for result in results { messages[result.number] = result.json }
        var body = envelope(.success)
        body["Messages"] = .object(messages)
        return .json(200, .object(body), contentType: contentType)
    }

    private static func envelope(_ code: RoxResultCode) -> JSONObject {
        [
            "Name": .string(responseName),
            "Result": .string(code.rawValue),
            "ResultText": .string(code.text),
            "Version": .string(RoxProvider.apiVersion),
        ]
    }
}
