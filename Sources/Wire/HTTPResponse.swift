/// An HTTP/1.1 response: what a handler answers, or what a client received.
public struct HTTPResponse: Sendable, Equatable {
    /// The status code, e.g. 201.
    public var status: Int
    /// The header fields in order. The server adds `Content-Length`, `Date` and `Connection` itself when absent.
    public var headers: HTTPHeaders
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// Creates a response whose body is `text` in UTF-8 with the given content type.
    public init(status: Int, contentType: String, text: String, headers: HTTPHeaders = [:]) {
        var headers = headers
        headers["Content-Type"] = contentType
        self.init(status: status, headers: headers, body: Array(text.utf8))
    }

    /// The body decoded as UTF-8, replacing invalid sequences.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The standard reason phrase for a status code, or `Unknown`.
    public static func reasonPhrase(for status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 402: "Payment Required"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 411: "Length Required"
        case 413: "Content Too Large"
        case 415: "Unsupported Media Type"
        case 417: "Expectation Failed"
        case 422: "Unprocessable Content"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Unknown"
        }
    }
}
