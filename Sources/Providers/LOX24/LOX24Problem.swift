import StructuredData
import Wire

/// LOX24's error answers: a problem document with the documented text, and violations naming the property.
enum LOX24Problem {
    static let unauthorized = "Client ID or API key isn't active or invalid!"
    static let notEnoughFunds = "There are not enough funds on your account!"
    static let notActivated = "Account isn't activated. Please wait or contact to support!"
    static let semanticErrors = "The request was well-formed but was unable to be followed due to semantic errors"
    static let temporarilyBlocked =
        "IP address was temporary blocked, because during short time from it was sent many request with invalid credentials. Please wait and try later."

    /// A problem document: `type`, `title`, `detail`, and `violations` when there are any.
    static func response(_ status: Int, detail: String, violations: [LOX24Violation] = [], requestID: String) -> HTTPResponse {
        var body: JSONObject = [
            "type": "https://tools.ietf.org/html/rfc2616#section-10",
            "title": "An error occurred",
            "detail": .string(detail),
        ]
        if !violations.isEmpty { body["violations"] = .array(violations.map(\.json)) }
        return .json(status, .object(body), contentType: "application/problem+json; charset=utf-8",
                     headers: ["X-LOX24-REQUEST-ID": requestID])
    }

    /// A validation failure: `detail` joins `property: message` lines as Symfony does.
    static func violations(_ status: Int, _ violations: [LOX24Violation], requestID: String) -> HTTPResponse {
        let detail = violations.map { "\($0.propertyPath): \($0.message)" }.joined(separator: "\n")
        return response(status, detail: detail, violations: violations, requestID: requestID)
    }
}
