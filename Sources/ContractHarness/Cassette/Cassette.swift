import StructuredData

/// The traffic of one spec run: each request as sent and each response as received, secrets replaced.
public struct Cassette: Sendable, Equatable {
    /// The format version written in the file.
    public static let formatVersion = 1

    /// The spec id.
    public var spec: String
    /// The provider id.
    public var provider: String
    /// When it was recorded, ISO 8601 UTC.
    public var recordedAt: String
    /// Where it was recorded: `fake`, or the live base URL.
    public var target: String
    /// The exchanges, in order.
    public var interactions: [Interaction]

    /// Creates a cassette.
    public init(spec: String, provider: String, recordedAt: String, target: String, interactions: [Interaction]) {
        self.spec = spec
        self.provider = provider
        self.recordedAt = recordedAt
        self.target = target
        self.interactions = interactions
    }
}

/// One request and its response, under the step's name.
public struct Interaction: Sendable, Equatable {
    /// The spec step that sent it.
    public var step: String
    /// The request as sent; credentials and captured values appear as their `{{placeholders}}`.
    public var request: RecordedRequest
    /// The response as received; secrets replaced.
    public var response: RecordedResponse

    /// Creates an interaction.
    public init(step: String, request: RecordedRequest, response: RecordedResponse) {
        self.step = step
        self.request = request
        self.response = response
    }
}

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
