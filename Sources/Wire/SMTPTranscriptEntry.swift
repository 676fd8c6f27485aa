/// One step of an ``SMTPClient`` transaction: what the client sent and what the server replied.
public struct SMTPTranscriptEntry: Sendable, Equatable, CustomStringConvertible {
    /// The step: `connect` (the greeting), `EHLO`, `HELO`, `MAIL FROM`, `RCPT TO`, `DATA`, `.` (the message
    /// and its terminating dot), or `QUIT`.
    public var command: String
    /// What followed the command on the wire, e.g. `<user@example.com>` or the EHLO name; nil for none.
    public var argument: String?
    /// The server's reply.
    public var reply: SMTPReply

    /// Creates an entry.
    public init(command: String, argument: String? = nil, reply: SMTPReply) {
        self.command = command
        self.argument = argument
        self.reply = reply
    }

    /// `MAIL FROM <a@b> → 250 2.1.0 Sender OK`.
    public var description: String {
        [command, argument, "→", reply.description].compactMap { $0 }.joined(separator: " ")
    }
}
