import Synchronization
@testable import Wire

/// A raw server that speaks SMTP from a script, so client tests can meet servers the real one never imitates:
/// it writes `greeting` on connect, then answers each received line (anything up to LF) with the next entry.
/// An entry of `close` closes the connection instead; `silence` writes nothing; a greeting of `""` says nothing.
/// After a `354` reply, lines are message text and only the final `.` line is answered.
final class SMTPScriptedServer: Sendable {
    /// The replies still to give and the lines received.
    private final class Script: Sendable {
        let replies: Mutex<[String]>
        let lines = Mutex<[String]>([])
        init(_ replies: [String]) { self.replies = Mutex(replies) }
    }

    private let server: TCPServer
    private let script: Script

    init(greeting: String, replies: [String]) throws {
        let script = Script(replies)
        self.script = script
        server = TCPServer(configuration: TCPServerConfiguration()) {
            ScriptedHandler(greeting: greeting, next: {
                script.replies.withLock { $0.isEmpty ? "500 out of script\r\n" : $0.removeFirst() }
            }, record: { line in script.lines.withLock { $0.append(line) } })
        }
        try server.start()
    }

    var port: UInt16 { server.port }
    /// The lines received so far, without line endings.
    var received: [String] { script.lines.withLock { $0 } }
    func shutdown() { server.shutdown() }
}

private final class ScriptedHandler: ConnectionProtocolHandler {
    let greeting: String
    let next: @Sendable () -> String
    let record: @Sendable (String) -> Void
    var buffer: [UInt8] = []
    /// After a `354`: lines are message text until the `.` line.
    var inData = false

    init(greeting: String, next: @escaping @Sendable () -> String, record: @escaping @Sendable (String) -> Void) {
        self.greeting = greeting
        self.next = next
        self.record = record
    }

    func connectionOpened(_ connection: ConnectionContext) -> ConnectionAction {
        connection.write(Array(greeting.utf8))
        return .continue
    }

    func bytesReceived(_ bytes: UnsafeRawBufferPointer, connection: ConnectionContext) -> ConnectionAction {
        buffer.append(contentsOf: bytes)
        while let newline = buffer.firstIndex(of: 10) {
            let line = Array(buffer[..<newline].filter { $0 != 13 })
            record(String(decoding: line, as: UTF8.self))
            buffer.removeFirst(newline + 1)
            if inData {
                guard line == [UInt8(ascii: ".")] else { continue } // Message text is not answered.
                inData = false
            }
            let reply = next()
            if reply == "close" { return .close }
            if reply != "silence" { connection.write(Array(reply.utf8)) }
            inData = reply.hasPrefix("354")
        }
        return .continue
    }
}
