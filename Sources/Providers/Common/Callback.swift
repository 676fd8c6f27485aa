import StructuredData
import Wire

/// A request a fake makes to the customer's server: a delivery receipt, a postback, a reply.
public struct Callback: Sendable {
    /// Where to send it (`http://host:port/path`).
    public var url: String
    /// The method, usually POST.
    public var method: String
    /// Header fields, in order.
    public var headers: HTTPHeaders
    /// The body.
    public var body: [UInt8]
    /// What a failed attempt leads to.
    public var retry: RetryPolicy
    /// Whether an answer counts as received (e.g. only exactly 200 for Skycore).
    public var accepts: @Sendable (HTTPResponse) -> Bool

    /// Creates a callback; by default any 2xx answer counts and failures are not retried.
    public init(url: String, method: String = "POST", headers: HTTPHeaders, body: [UInt8], retry: RetryPolicy = .none,
                accepts: @escaping @Sendable (HTTPResponse) -> Bool = { (200..<300).contains($0.status) }) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.retry = retry
        self.accepts = accepts
    }

    /// A JSON callback.
    public static func json(_ url: String, _ value: JSONValue, headers: HTTPHeaders = [:], retry: RetryPolicy = .none) -> Callback {
        var headers = headers
        if headers["Content-Type"] == nil { headers["Content-Type"] = "application/json" }
        return Callback(url: url, headers: headers, body: JSONWriter.bytes(value), retry: retry)
    }
}
