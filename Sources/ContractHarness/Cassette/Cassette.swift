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

/// One exchange under the step's name: an HTTP request and its response, or an email and the SMTP replies.
public struct Interaction: Sendable, Equatable {
    /// The spec step that sent it.
    public var step: String
    /// What went over the wire. Credentials and captured values appear as their `{{placeholders}}`.
    public var exchange: Exchange

    /// Creates an interaction.
    public init(step: String, exchange: Exchange) {
        self.step = step
        self.exchange = exchange
    }

    /// An HTTP interaction.
    public init(step: String, request: RecordedRequest, response: RecordedResponse) {
        self.init(step: step, exchange: .http(request: request, response: response))
    }
}

/// What one step exchanged with the target.
public enum Exchange: Sendable, Equatable {
    /// An HTTP request as sent and its response as received.
    case http(request: RecordedRequest, response: RecordedResponse)
    /// An email (as the spec described it, expanded) and the SMTP dialogue's replies.
    case email(message: JSONValue, replies: [RecordedSMTPReply])
    /// Callbacks the target made to the spec's receiver (receipts, postbacks), in arrival order.
    case callbacks([RecordedRequest])
}

/// One SMTP reply as a cassette stores it, with the command it answered.
public struct RecordedSMTPReply: Sendable, Equatable {
    /// The command: `connect`, `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, `.` (end of data), `QUIT`.
    public var command: String
    /// The command's argument (an address), if any.
    public var argument: String?
    /// The reply code.
    public var code: Int
    /// The reply's lines joined by `\n`, enhanced status code included.
    public var text: String

    /// Creates a recorded reply.
    public init(command: String, argument: String?, code: Int, text: String) {
        self.command = command
        self.argument = argument
        self.code = code
        self.text = text
    }

    /// The reply as JSON.
    public var json: JSONValue {
        var object: JSONObject = ["command": .string(command), "code": .integer(code), "text": .string(text)]
        if let argument { object["argument"] = .string(argument) }
        return .object(object)
    }

    /// Whether a change in this reply is a change in the contract: the replies to the sender, the
    /// recipients and the message. Greeting, EHLO and QUIT replies name the server and are not.
    public var isContractual: Bool {
        ["MAIL FROM", "RCPT TO", "DATA", "."].contains(command)
    }

    /// What a cassette comparison looks at: command, argument, code, and the text — except the
    /// text of `354` (go ahead), which only names the server's end-of-data convention.
    public var contractJSON: JSONValue {
        guard command == "DATA", code == 354 else { return json }
        var object: JSONObject = ["command": .string(command), "code": .integer(code)]
        if let argument { object["argument"] = .string(argument) }
        return .object(object)
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
