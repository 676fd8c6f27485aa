import StructuredData

/// A response as a cassette stores it.
public struct RecordedResponse: Sendable, Equatable {
    /// The status code.
    public var status: Int
    /// The headers as received (a repeated header becomes an array).
    public var headers: JSONObject
    /// The body.
    public var body: RecordedBody

    /// Creates a recorded response.
    public init(status: Int, headers: JSONObject, body: RecordedBody) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The response as one JSON value (for storage and diffs).
    public var json: JSONValue {
        ["status": .integer(status), "headers": .object(headers), "body": body.encoded]
    }
}
