import StructuredData
import Wire

/// The documented Success and Failure bodies (seed 002, "Success Response" and "Failure Response"),
/// keys in the documented order.
enum SkycoreResponse {
    /// The HTTP status of every Failure body. UNCONFIRMED (`provider-facts.md` § skycore): the fake
    /// answers 200 and lets `status` carry the outcome; a live recording settles it.
    static let failureStatus = 200

    /// `status`, `tracking-id`, `to`, `from`, `status-details`: `to` and `from` as the request gave them.
    static func success(trackingID: String, to: String, from: String) -> HTTPResponse {
        let body: JSONObject = [
            "status": "Success",
            "tracking-id": .string(trackingID),
            "to": .string(to),
            "from": .string(from),
            "status-details": "SMS request accepted and queued for delivery",
        ]
        return .json(200, .object(body))
    }

    /// `status`, `error-code`, `error-info`, `to`; `to` is left out when the request had none
    /// (as in the v2 E100 example).
    /// - Parameter to: the request's `to` without its leading `+`, as the Failure example shows it.
    static func failure(_ error: SkycoreError, to: String?, status: Int = failureStatus, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var body: JSONObject = [
            "status": "Failure",
            "error-code": .string(error.code),
            "error-info": .string(error.info),
        ]
        if let to { body["to"] = .string(to) }
        return .json(status, .object(body), headers: headers)
    }

    /// The `to` a Failure echoes: the request's `to` string with one leading `+` removed
    /// (seed 002's Failure example answers "10000000001" where the examples send "+10000000001").
    static func failureEcho(of body: JSONObject?) -> String? {
        guard let to = body?["to"]?.stringValue else { return nil }
        return to.hasPrefix("+") ? String(to.dropFirst()) : to
    }
}
