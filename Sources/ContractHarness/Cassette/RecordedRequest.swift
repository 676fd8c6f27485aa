import StructuredData

/// A request as a cassette stores it.
public struct RecordedRequest: Sendable, Equatable {
    /// The method.
    public var method: String
    /// The target: path and query.
    public var path: String
    /// The headers the spec sent (without `Host` and `Content-Length`, which depend on the connection and body).
    public var headers: JSONObject
    /// The body.
    public var body: RecordedBody

    /// Creates a recorded request.
    public init(method: String, path: String, headers: JSONObject, body: RecordedBody) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
    }

    /// The request as one JSON value (for storage and diffs).
    public var json: JSONValue {
        ["method": .string(method), "path": .string(path), "headers": .object(headers), "body": body.encoded]
    }
}
