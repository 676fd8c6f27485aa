/// One `<error status="…">` of an iovox answer: the documented error strings, in the document's order.
///
/// Texts marked *assumed* are not in the document; a live recording settles them.
enum IovoxError: Error, Sendable, Equatable {
    /// `HTTP 401: Unauthorized` (provider-facts.md § iovox): wrong, missing or another account's credentials.
    case unauthorized
    /// No `v` in the query string, or an empty one.
    case apiVersionEmpty
    /// A `v` other than `3`.
    case apiVersionInvalid
    /// An `output` other than `XML` or `JSON` (`Yproximite/IovoxBundle`, `OutputInvalidErrorResult.php`).
    case outputTypeInvalid
    /// Anything but `POST`; carries the method attempted.
    case requestMethodNotPOST(String)
    /// An empty (or whitespace-only) body.
    case xmlEmpty
    /// A body that is not well-formed XML: the parser's message, line and column.
    case xmlParse(message: String, line: Int, column: Int)
    /// A `<request>` without child elements (or a root element other than `<request>`).
    case requestEmpty
    case originEmpty
    case originInvalid(String)
    case destinationEmpty
    case destinationInvalid(String)
    case messageEmpty
    case messageTooLong
    /// *Assumed* text: `callback_url` is not an absolute http(s) URL.
    case callbackURLInvalid(String)
    /// *Assumed* text: `callback_url_headers` is not a comma-separated list of `Name: value` pairs.
    case callbackURLHeadersInvalid(String)
    /// *Assumed* text: `expiry` is not a whole number of minutes ≥ 1.
    case expiryInvalid(String)
    /// *Assumed* text: `c2c_failover_link_id` is not a link id (digits).
    case c2cFailoverLinkIDInvalid(String)
    /// *Assumed* 404 for a path or `method` the fake does not serve (only `sendSms` is faked).
    case notFound
    /// `Internal Server Error`, made reachable through `POST /__fake/iovox/failures`.
    case internalServerError
    /// *Assumed* 413 for a body over ``IovoxProvider/maxRequestBytes`` (answered before it is read).
    case requestTooLarge

    /// The HTTP status of an answer carrying this error.
    var status: Int {
        switch self {
        case .unauthorized: 401
        case .notFound: 404
        case .internalServerError: 500
        case .requestTooLarge: 413
        default: 400
        }
    }

    /// The error string, as the document's error table spells it.
    var text: String {
        switch self {
        case .unauthorized: "HTTP 401: Unauthorized"
        case .apiVersionEmpty: "API Version Empty"
        case .apiVersionInvalid: "API Version Invalid"
        case .outputTypeInvalid: "Output Type Invalid"
        case .requestMethodNotPOST(let method): "Request Method must be POST. \(method) attempted"
        case .xmlEmpty: "XML Empty"
        case .xmlParse(let message, let line, let column): "XML parse error. \(message) at line \(line), column \(column)"
        case .requestEmpty: "Request Empty"
        case .originEmpty: "Origin Empty"
        case .originInvalid(let origin): "Origin Invalid: \(origin)"
        case .destinationEmpty: "Destination Empty"
        case .destinationInvalid(let destination): "Destination Invalid: \(destination)"
        case .messageEmpty: "Message Empty"
        case .messageTooLong: "Message must be less than 160 characters long"
        case .callbackURLInvalid(let url): "Callback URL Invalid: \(url)"
        case .callbackURLHeadersInvalid(let headers): "Callback URL Headers Invalid: \(headers)"
        case .expiryInvalid(let expiry): "Expiry Invalid: \(expiry)"
        case .c2cFailoverLinkIDInvalid(let id): "C2C Failover Link ID Invalid: \(id)"
        case .notFound: "Not Found"
        case .internalServerError: "Internal Server Error"
        case .requestTooLarge: "Request Entity Too Large"
        }
    }
}
