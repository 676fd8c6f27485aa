import Synchronization
@testable import Wire

/// Accepts everything except what the tests mark for refusal, and keeps every message it accepted.
///
/// Senders starting `blocked` get `550 5.7.1`; recipients starting `refuse` get `550 5.1.1`; recipients starting
/// `broken` get an invalid code `999`; messages containing `REJECT-ME` get `554 5.7.1`.
final class RecordingSMTPHandler: SMTPHandler {
    /// One accepted message and its envelope.
    struct Received: Sendable, Equatable {
        var data: [UInt8]
        var envelope: SMTPEnvelope
        var text: String { String(decoding: data, as: UTF8.self) }
    }

    private let received = Mutex<[Received]>([])
    private let senders = Mutex<[SMTPEnvelope]>([])

    var messages: [Received] { received.withLock { $0 } }
    /// The envelopes passed to `mailFrom`.
    var mailFromEnvelopes: [SMTPEnvelope] { senders.withLock { $0 } }

    func mailFrom(_ address: String, envelope: SMTPEnvelope) -> SMTPReply {
        senders.withLock { $0.append(envelope) }
        if address.hasPrefix("blocked") { return SMTPReply(code: 550, enhancedStatus: "5.7.1", text: "Sender blocked") }
        return SMTPReply(code: 250, enhancedStatus: "2.1.0", text: "Sender OK")
    }

    func recipient(_ address: String, envelope: SMTPEnvelope) -> SMTPReply {
        if address.hasPrefix("refuse") { return .mailboxUnavailable("No such user") }
        if address.hasPrefix("broken") { return SMTPReply(code: 999, text: "nonsense") }
        return SMTPReply(code: 250, enhancedStatus: "2.1.5", text: "Recipient OK")
    }

    func message(_ data: [UInt8], envelope: SMTPEnvelope) -> SMTPReply {
        if String(decoding: data, as: UTF8.self).contains("REJECT-ME") { return .rejected("Content refused") }
        received.withLock { $0.append(Received(data: data, envelope: envelope)) }
        return .ok("Queued as \(messages.count)")
    }
}

/// Starts an SMTP server on 127.0.0.1, port 0, with `configure` applied to the test defaults.
func startSMTPServer(
    handler: any SMTPHandler = RecordingSMTPHandler(),
    recorder: EventRecorder? = nil,
    _ configure: (inout SMTPServerConfiguration) -> Void = { _ in }
) throws -> SMTPServer {
    var configuration = SMTPServerConfiguration()
    configuration.connectionObserver = recorder?.observer
    configure(&configuration)
    let server = SMTPServer(configuration: configuration, handler: handler)
    try server.start()
    return server
}

/// Starts a server with a recording handler (and `configure` applied), connects a client and reads the
/// greeting, runs `body`, and shuts the server down.
func withSMTPSession(
    recorder: EventRecorder? = nil,
    _ configure: (inout SMTPServerConfiguration) -> Void = { _ in },
    _ body: (SMTPTestClient, RecordingSMTPHandler) throws -> Void
) throws {
    let handler = RecordingSMTPHandler()
    let server = try startSMTPServer(handler: handler, recorder: recorder, configure)
    defer { server.shutdown() }
    try body(try SMTPTestClient(port: server.port), handler)
}

/// A raw SMTP client for tests: sends text as given and reads replies with its own minimal parser, independent
/// of the library's.
final class SMTPTestClient {
    let raw: RawClient
    private var buffered: [UInt8] = []

    /// Connects and, unless told not to, reads the greeting.
    init(port: UInt16, readGreeting: Bool = true) throws {
        raw = try RawClient(port: port)
        if readGreeting { _ = try reply() }
    }

    /// Sends `text` exactly.
    func send(_ text: String) throws { try raw.send(text) }

    /// Sends `bytes` exactly.
    func send(_ bytes: [UInt8]) throws { try raw.send(bytes) }

    /// Reads one complete reply and returns its lines as sent, without line endings (`250-a`, `250 b`).
    func reply() throws -> [String] {
        var lines: [String] = []
        while true {
            if let newline = buffered.firstIndex(of: 10) {
                var line = String(decoding: buffered[..<newline], as: UTF8.self)
                buffered.removeFirst(newline + 1)
                if line.hasSuffix("\r") { line.removeLast() }
                lines.append(line)
                if line.count < 4 || line.dropFirst(3).first == " " { return lines }
                continue
            }
            switch raw.readOnce() {
            case let .bytes(bytes): buffered += bytes
            case let end: throw RawClient.Failure(description: "connection ended before a full reply: \(end); have \(lines)")
            }
        }
    }

    /// Reads one reply and returns its last line, e.g. `250 2.0.0 OK`.
    func line() throws -> String { try reply().last ?? "" }

    /// Reads one reply and returns its code.
    func code() throws -> Int { Int(try line().prefix(3)) ?? 0 }

    /// Sends `command` and CRLF and returns the last line of the reply.
    func command(_ command: String) throws -> String {
        try send(command + "\r\n")
        return try line()
    }

    /// Whether the server closed the connection (after reading anything still pending).
    func isClosedByServer() -> Bool {
        guard buffered.isEmpty else { return false }
        return raw.readToEnd().end == .endOfStream
    }
}
