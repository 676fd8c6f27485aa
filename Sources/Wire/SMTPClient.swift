/// A small blocking SMTP client for the test runner: one transaction per call, every reply recorded.
///
/// No TLS, no AUTH, no pipelining: each command waits for its reply, so the transcript is exactly the
/// dialogue. Safe to share between threads; each ``send(from:to:message:)`` has a connection of its own.
public final class SMTPClient: Sendable {
    /// Where mail goes.
    public let endpoint: SMTPEndpoint
    /// The longest a whole transaction (connect to QUIT) may take.
    public let timeout: Duration
    /// The name given in EHLO (and HELO when the server does not know EHLO).
    public let heloName: String

    /// Creates a client for `host:port`. No connection is opened until ``send(from:to:message:)``.
    public init(host: String, port: UInt16, timeout: Duration, heloName: String = "smscontract.test") {
        self.endpoint = SMTPEndpoint(host: host, port: port)
        self.timeout = timeout
        self.heloName = heloName
    }

    /// Creates a client for an endpoint such as `SMTPEndpoint(url: "smtp://127.0.0.1:2525")`.
    public convenience init(endpoint: SMTPEndpoint, timeout: Duration, heloName: String = "smscontract.test") {
        self.init(host: endpoint.host, port: endpoint.port, timeout: timeout, heloName: heloName)
    }

    /// Runs one transaction: connect, EHLO, MAIL FROM, RCPT TO for each recipient, DATA and the message
    /// (dot-stuffed here, line endings made CRLF), QUIT.
    ///
    /// Stops at the first refusal that ends the transaction (greeting not 220, EHLO and HELO refused, MAIL
    /// refused, every RCPT refused, DATA refused) but still QUITs, except after a `421` (the server is closing).
    /// Returns every reply in order. Throws when the exchange itself fails: the errors after connecting carry
    /// the transcript so far.
    public func send(from: String, to recipients: [String], message: [UInt8]) throws(SMTPClientError) -> [SMTPTranscriptEntry] {
        try Self.checkArgument(from, what: "sender", allowEmpty: true)
        for recipient in recipients { try Self.checkArgument(recipient, what: "recipient", allowEmpty: false) }
        try Self.checkArgument(heloName, what: "EHLO name", allowEmpty: false)
        let deadline = SystemClock().now + timeout
        let socket: ClientSocket
        do throws(HTTPClientError) {
            socket = try ClientSocket.connect(host: endpoint.host, port: endpoint.port, deadline: deadline)
        } catch {
            throw SMTPClientError(error, transcript: [])
        }
        defer { socket.close() }
        var dialogue = SMTPClientDialogue(socket: socket, deadline: deadline)
        try run(&dialogue, from: from, to: recipients, message: message)
        return dialogue.transcript
    }

    private func run(_ dialogue: inout SMTPClientDialogue, from: String, to recipients: [String], message: [UInt8]) throws(SMTPClientError) {
        let greeting = try dialogue.readReply(for: "connect", argument: nil)
        guard greeting.code == 220 else { return try dialogue.quit(after: greeting) }
        var hello = try dialogue.exchange("EHLO", heloName)
        if hello.code == 500 || hello.code == 502 { hello = try dialogue.exchange("HELO", heloName) }
        guard hello.code / 100 == 2 else { return try dialogue.quit(after: hello) }
        let mail = try dialogue.exchange("MAIL FROM", "<\(from)>")
        guard mail.code / 100 == 2 else { return try dialogue.quit(after: mail) }
        var accepted = 0
        for recipient in recipients {
            let reply = try dialogue.exchange("RCPT TO", "<\(recipient)>")
            if reply.code == 421 { return }
            if reply.code / 100 == 2 { accepted += 1 }
        }
        guard accepted > 0 else { return try dialogue.quit(after: nil) }
        let data = try dialogue.exchange("DATA", nil)
        guard data.code == 354 else { return try dialogue.quit(after: data) }
        try dialogue.write(SMTPDotStuffing.stuff(message))
        let sent = try dialogue.readReply(for: ".", argument: nil)
        try dialogue.quit(after: sent)
    }

    private static func checkArgument(_ value: String, what: String, allowEmpty: Bool) throws(SMTPClientError) {
        if value.isEmpty, !allowEmpty { throw .invalidArgument("the \(what) is empty") }
        if value.contains(where: { $0 == "<" || $0 == ">" || $0 == " " || $0.isNewline || $0 == "\t" }) {
            throw .invalidArgument("the \(what) \(value.debugDescription) contains <, >, a space or a line break")
        }
    }
}

/// One connection's dialogue: sends command lines, reads replies, keeps the transcript.
private struct SMTPClientDialogue {
    let socket: ClientSocket
    let deadline: MonotonicInstant
    var transcript: [SMTPTranscriptEntry] = []
    private var buffer: [UInt8] = []

    init(socket: ClientSocket, deadline: MonotonicInstant) {
        self.socket = socket
        self.deadline = deadline
    }

    /// Sends `command argument` and records the reply.
    mutating func exchange(_ command: String, _ argument: String?) throws(SMTPClientError) -> SMTPReply {
        let verb = command == "MAIL FROM" || command == "RCPT TO" ? command + ":" : command
        let line = [verb, argument].compactMap { $0 }.joined(separator: verb.hasSuffix(":") ? "" : " ")
        try write(Array((line + "\r\n").utf8))
        return try readReply(for: command, argument: argument)
    }

    /// Ends the session with QUIT unless `reply` was a `421` (the server is already closing). A server that
    /// closes instead of answering QUIT is not an error.
    mutating func quit(after reply: SMTPReply?) throws(SMTPClientError) {
        guard reply?.code != 421 else { return }
        do throws(SMTPClientError) {
            _ = try exchange("QUIT", nil)
        } catch {
            guard case .connectionClosed = error else { throw error }
        }
    }

    func write(_ bytes: [UInt8]) throws(SMTPClientError) {
        do throws(HTTPClientError) {
            try socket.writeAll(bytes, until: deadline)
        } catch {
            throw SMTPClientError(error, transcript: transcript)
        }
    }

    /// Reads one reply and records it under `command`.
    mutating func readReply(for command: String, argument: String?) throws(SMTPClientError) -> SMTPReply {
        while true {
            do throws(SMTPReplyParser.Malformed) {
                if let (reply, consumed) = try SMTPReplyParser.parse(buffer) {
                    buffer.removeFirst(consumed)
                    transcript.append(SMTPTranscriptEntry(command: command, argument: argument, reply: reply))
                    return reply
                }
            } catch {
                throw .malformedReply(error.reason, transcript: transcript)
            }
            let count: Int
            do throws(HTTPClientError) {
                count = try socket.read(into: &buffer, until: deadline)
            } catch {
                throw SMTPClientError(error, transcript: transcript)
            }
            guard count > 0 else { throw .connectionClosed(transcript: transcript) }
        }
    }
}
