/// The RFC 5321 dialogue of one connection without the socket: framed lines in, replies out.
///
/// Knows the command sequence (EHLO/HELO, then MAIL, RCPT…, DATA), the limits, and when to ask the
/// ``SMTPHandler``. ``SMTPConnectionHandler`` feeds it lines and writes what it answers.
struct SMTPSession {
    /// The parts of ``SMTPServerConfiguration`` a session needs.
    struct Settings: Sendable {
        var hostname: String
        var maxLineBytes: Int
        var maxCommandLineBytes: Int
        var maxMessageBytes: Int
        var maxRecipients: Int

        init(_ configuration: SMTPServerConfiguration) {
            hostname = configuration.hostname
            maxLineBytes = max(3, configuration.maxLineBytes)
            maxCommandLineBytes = max(3, configuration.maxCommandLineBytes)
            maxMessageBytes = max(0, configuration.maxMessageBytes)
            maxRecipients = max(1, configuration.maxRecipients)
        }
    }

    /// Where the dialogue is.
    enum Phase: Equatable {
        /// No EHLO or HELO yet.
        case connected
        /// Greeted; no transaction under way.
        case ready
        /// `MAIL FROM` accepted; recipients are being given.
        case transaction
        /// After `354`: lines are message text until the `.` line.
        case data
        /// `QUIT` answered: nothing more is read.
        case finished
    }

    let settings: Settings
    let handler: any SMTPHandler
    private(set) var phase = Phase.connected
    private(set) var envelope = SMTPEnvelope()
    private var message: SMTPMessageAccumulator?

    init(settings: Settings, handler: any SMTPHandler, remoteAddress: String? = nil) {
        self.settings = settings
        self.handler = handler
        envelope.remoteAddress = remoteAddress
    }

    /// The client's address, set when the connection opens.
    var remoteAddress: String? {
        get { envelope.remoteAddress }
        set { envelope.remoteAddress = newValue }
    }

    /// The `220` greeting sent when a client connects.
    var greeting: SMTPReply {
        SMTPReply(code: 220, text: "\(settings.hostname) ESMTP SMSContract ready")
    }

    /// The limit for the next line: a text line inside DATA, a command line otherwise.
    var lineLimit: Int { phase == .data ? settings.maxLineBytes : settings.maxCommandLineBytes }

    /// Handles one framed event; returns the reply to send, if any (none for a line of message text).
    mutating func receive(_ event: SMTPLineFramer.Event) -> SMTPReply? {
        switch (phase, event) {
        case (.finished, _):
            return nil
        case let (.data, .line(content, crlf)):
            guard message?.append(line: content, crlf: crlf) == true else { return nil }
            return finishMessage()
        case (.data, .tooLong):
            message?.lineTooLong()
            return nil
        case (_, .tooLong):
            return SMTPReply(code: 500, enhancedStatus: "5.5.2", text: "Line too long (limit \(settings.maxCommandLineBytes) bytes)")
        case let (_, .line(content, _)):
            return command(SMTPCommand(line: content))
        }
    }

    /// The reply to one command line.
    private mutating func command(_ command: SMTPCommand) -> SMTPReply {
        let argument = command.argument
        switch command.verb {
        case .ehlo, .helo:
            guard !argument.isEmpty else {
                return syntax(command.verb == .ehlo ? "Syntax: EHLO hostname" : "Syntax: HELO hostname")
            }
            resetTransaction()
            phase = .ready
            envelope.clientHostname = argument
            return command.verb == .ehlo ? ehloReply(argument) : SMTPReply(code: 250, text: settings.hostname)
        case .mail:
            return mail(argument)
        case .rcpt:
            return recipient(argument)
        case .data:
            return data(argument)
        case .rset:
            guard argument.isEmpty else { return syntax("Syntax: RSET") }
            resetTransaction()
            return .ok("Flushed")
        case .noop:
            return .ok()
        case .quit:
            phase = .finished
            return SMTPReply(code: 221, enhancedStatus: "2.0.0", text: "\(settings.hostname) closing connection")
        case .vrfy:
            guard !argument.isEmpty else { return syntax("Syntax: VRFY address") }
            return SMTPReply(code: 252, enhancedStatus: "2.5.0", text: "Cannot VRFY user, but will accept message and attempt delivery")
        case .help:
            return SMTPReply(code: 214, enhancedStatus: "2.0.0", lines: [
                "Commands: EHLO HELO MAIL RCPT DATA RSET NOOP QUIT VRFY HELP",
                "See RFC 5321",
            ])
        case let .notImplemented(name):
            return SMTPReply(code: 502, enhancedStatus: "5.5.1", text: "\(name) command not implemented")
        case let .unrecognized(name):
            return SMTPReply(code: 500, enhancedStatus: "5.5.2", text: "Command unrecognized: \(name)")
        case .empty:
            return SMTPReply(code: 500, enhancedStatus: "5.5.2", text: "Empty command line")
        }
    }

    private func ehloReply(_ client: String) -> SMTPReply {
        SMTPReply(code: 250, lines: [
            "\(settings.hostname) greets \(SMTPCommand.printable(client))",
            "SIZE \(settings.maxMessageBytes)",
            "8BITMIME",
            "PIPELINING",
            "ENHANCEDSTATUSCODES",
        ])
    }

    private mutating func mail(_ argument: String) -> SMTPReply {
        switch phase {
        case .connected: return outOfSequence("Send EHLO or HELO first")
        case .transaction: return outOfSequence("Nested MAIL command")
        case .ready, .data, .finished: break
        }
        let path: SMTPPathArgument
        do throws(SMTPPathArgument.Refusal) {
            path = try SMTPPathArgument(argument, keyword: "FROM", isSender: true)
        } catch {
            return error.reply
        }
        var seen: Set<String> = []
        for parameter in path.parameters {
            guard seen.insert(parameter.keyword).inserted else { return syntax("Duplicate parameter \(parameter.keyword)") }
            switch (parameter.keyword, parameter.value) {
            case let ("SIZE", value?):
                guard !value.isEmpty, value.allSatisfy({ ("0"..."9").contains($0) }) else {
                    return syntax("Bad SIZE value: \(SMTPCommand.printable(value))")
                }
                if (Int(value) ?? .max) > settings.maxMessageBytes {
                    return SMTPReply(code: 552, enhancedStatus: "5.3.4", text: "Message size exceeds fixed limit of \(settings.maxMessageBytes) bytes")
                }
            case let ("BODY", value?):
                guard ["7BIT", "8BITMIME"].contains(value.uppercased()) else { return syntax("Unsupported BODY value: \(SMTPCommand.printable(value))") }
            case ("SIZE", nil), ("BODY", nil):
                return syntax("\(parameter.keyword) needs a value")
            default:
                return SMTPReply(code: 555, enhancedStatus: "5.5.4", text: "Unsupported MAIL parameter \(SMTPCommand.printable(parameter.keyword))")
            }
        }
        var proposed = envelope
        proposed.mailFrom = path.address
        proposed.recipients = []
        let reply = checked(handler.mailFrom(path.address, envelope: proposed))
        if reply.code / 100 == 2 {
            envelope = proposed
            phase = .transaction
        }
        return reply
    }

    private mutating func recipient(_ argument: String) -> SMTPReply {
        guard phase == .transaction else {
            return outOfSequence(phase == .connected ? "Send EHLO or HELO first" : "Need MAIL before RCPT")
        }
        let path: SMTPPathArgument
        do throws(SMTPPathArgument.Refusal) {
            path = try SMTPPathArgument(argument, keyword: "TO", isSender: false)
        } catch {
            return error.reply
        }
        if let parameter = path.parameters.first {
            return SMTPReply(code: 555, enhancedStatus: "5.5.4", text: "Unsupported RCPT parameter \(SMTPCommand.printable(parameter.keyword))")
        }
        guard envelope.recipients.count < settings.maxRecipients else {
            return SMTPReply(code: 452, enhancedStatus: "4.5.3", text: "Too many recipients (limit \(settings.maxRecipients))")
        }
        let reply = checked(handler.recipient(path.address, envelope: envelope))
        if reply.code / 100 == 2 { envelope.recipients.append(path.address) }
        return reply
    }

    private mutating func data(_ argument: String) -> SMTPReply {
        switch phase {
        case .connected: return outOfSequence("Send EHLO or HELO first")
        case .ready: return outOfSequence("Need MAIL command")
        case .transaction where envelope.recipients.isEmpty: return outOfSequence("Need RCPT command (no valid recipients)")
        case .transaction, .data, .finished: break
        }
        guard argument.isEmpty else { return syntax("Syntax: DATA") }
        phase = .data
        message = SMTPMessageAccumulator(maxBytes: settings.maxMessageBytes)
        return SMTPReply(code: 354, text: "End data with <CR><LF>.<CR><LF>")
    }

    private mutating func finishMessage() -> SMTPReply {
        let outcome = message?.outcome ?? .complete([])
        let reply: SMTPReply
        switch outcome {
        case let .complete(bytes):
            reply = checked(handler.message(bytes, envelope: envelope))
        case let .tooLarge(size):
            reply = SMTPReply(code: 552, enhancedStatus: "5.3.4", text: "Message of \(size) bytes exceeds fixed limit of \(settings.maxMessageBytes) bytes")
        case let .lineTooLong(line):
            reply = SMTPReply(code: 554, enhancedStatus: "5.6.0", text: "Message refused: line \(line) is longer than \(settings.maxLineBytes) bytes")
        }
        resetTransaction()
        return reply
    }

    /// Ends any transaction (RSET, EHLO, the end of DATA); a greeted session stays greeted.
    private mutating func resetTransaction() {
        message = nil
        envelope.mailFrom = ""
        envelope.recipients = []
        if phase == .transaction || phase == .data { phase = .ready }
    }

    /// A handler's reply, or `451` when its code is not an SMTP reply code.
    private func checked(_ reply: SMTPReply) -> SMTPReply {
        guard (200...599).contains(reply.code) else {
            return .temporaryFailure("Local error: the handler answered with code \(reply.code)")
        }
        return reply
    }

    private func outOfSequence(_ text: String) -> SMTPReply {
        SMTPReply(code: 503, enhancedStatus: "5.5.1", text: text)
    }

    private func syntax(_ text: String) -> SMTPReply {
        SMTPReply(code: 501, enhancedStatus: "5.5.4", text: text)
    }
}
