import Synchronization
@testable import Wire

/// A raw server answering each request head (anything up to an empty line) with the next canned bytes, so
/// client tests can get responses the HTTP server would never produce.
final class CannedServer: Sendable {
    /// One scripted reply.
    struct Reply: Sendable {
        var bytes: [UInt8]
        /// Close the connection after writing.
        var close = false
        /// Close without writing anything (a kept-alive connection dying under the client).
        var dropInstead = false

        init(_ text: String, close: Bool = false) {
            bytes = Array(text.utf8)
            self.close = close
        }

        static let drop: Reply = {
            var reply = Reply("")
            reply.dropInstead = true
            return reply
        }()
    }

    /// The replies still to give and the requests seen.
    final class Script: Sendable {
        let replies: Mutex<[Reply]>
        let requests = Mutex<[String]>([])
        init(_ replies: [Reply]) { self.replies = Mutex(replies) }
    }

    private let script: Script
    let recorder = EventRecorder()
    private let server: TCPServer

    init(_ replies: [Reply]) throws {
        let script = Script(replies)
        self.script = script
        server = TCPServer(configuration: TCPServerConfiguration(connectionObserver: recorder.observer)) {
            CannedHandler(script: script)
        }
        try server.start()
    }

    var port: UInt16 { server.port }
    var receivedRequests: [String] { script.requests.withLock { $0 } }
    func shutdown() { server.shutdown() }
}

private final class CannedHandler: ConnectionProtocolHandler {
    let script: CannedServer.Script
    var buffer: [UInt8] = []
    typealias Reply = CannedServer.Reply

    init(script: CannedServer.Script) {
        self.script = script
    }

    func bytesReceived(_ bytes: UnsafeRawBufferPointer, connection: ConnectionContext) -> ConnectionAction {
        buffer.append(contentsOf: bytes)
        while let end = findEnd() {
            var requestEnd = end
            let head = String(decoding: buffer[0..<end], as: UTF8.self)
            if let lengthLine = head.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
               let length = Int(lengthLine.split(separator: ":")[1].trimmingOWS()) {
                guard buffer.count >= end + length else { return .continue }
                requestEnd += length
            }
            script.requests.withLock { $0.append(String(decoding: buffer[0..<requestEnd], as: UTF8.self)) }
            buffer.removeFirst(requestEnd)
            let reply = script.replies.withLock { $0.isEmpty ? Reply("HTTP/1.1 500 Out Of Script\r\nContent-Length: 0\r\n\r\n") : $0.removeFirst() }
            if reply.dropInstead { return .close }
            connection.write(reply.bytes)
            if reply.close { return .close }
        }
        return .continue
    }

    private func findEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4) where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index + 4
        }
        return nil
    }
}
