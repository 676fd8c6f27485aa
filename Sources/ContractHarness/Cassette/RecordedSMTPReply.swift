import StructuredData

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
