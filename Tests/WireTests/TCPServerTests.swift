import Testing
@testable import Wire

/// A line protocol where the server speaks first, as SMTP does: greets, echoes each line upper-cased, QUIT closes.
final class ShoutHandler: ConnectionProtocolHandler {
    private var line: [UInt8] = []

    func connectionOpened(_ connection: ConnectionContext) -> ConnectionAction {
        connection.write(Array("220 hello\r\n".utf8))
        return .continue
    }

    func bytesReceived(_ bytes: UnsafeRawBufferPointer, connection: ConnectionContext) -> ConnectionAction {
        for byte in bytes {
            guard byte == UInt8(ascii: "\n") else {
                line.append(byte)
                continue
            }
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .newlines)
            line.removeAll()
            if text == "QUIT" {
                connection.write(Array("221 bye\r\n".utf8))
                return .close
            }
            connection.write(Array("250 \(text.uppercased())\r\n".utf8))
        }
        return .continue
    }
}

@Suite struct TCPServerTests {
    @Test func serverSpeaksFirstAndHandlesLines() throws {
        let server = TCPServer(configuration: TCPServerConfiguration()) { ShoutHandler() }
        try server.start()
        defer { server.shutdown() }
        #expect(server.port != 0)
        let client = try RawClient(port: server.port)
        #expect(client.readOnce() == .bytes(Array("220 hello\r\n".utf8)))
        try client.send("ehlo one\r\nehlo two\r\nQUIT\r\n")
        let (text, end) = client.readToEnd()
        #expect(text == "250 EHLO ONE\r\n250 EHLO TWO\r\n221 bye\r\n")
        #expect(end == .endOfStream)
    }

    @Test func startTwiceAndAfterShutdownFail() throws {
        let server = TCPServer(configuration: TCPServerConfiguration()) { ShoutHandler() }
        try server.start()
        #expect(throws: ServerError.alreadyStarted) { try server.start() }
        server.shutdown()
        server.shutdown()
        #expect(throws: ServerError.alreadyShutDown) { try server.start() }
    }

    @Test func portInUseIsReported() throws {
        let first = TCPServer(configuration: TCPServerConfiguration()) { ShoutHandler() }
        try first.start()
        defer { first.shutdown() }
        let second = TCPServer(configuration: TCPServerConfiguration(port: first.port)) { ShoutHandler() }
        #expect(throws: ServerError.addressInUse(host: "127.0.0.1", port: first.port)) { try second.start() }
    }

    @Test func foreignAddressIsReported() {
        // TEST-NET-1 (RFC 5737) is never a local address; no name resolution involved.
        let server = TCPServer(configuration: TCPServerConfiguration(host: "192.0.2.1")) { ShoutHandler() }
        #expect {
            try server.start()
        } throws: { error in
            guard case ServerError.addressUnavailable = error else { return false }
            return true
        }
    }

    @Test func severalLoopsServeConnections() throws {
        let server = TCPServer(configuration: TCPServerConfiguration(eventLoops: 2)) { ShoutHandler() }
        try server.start()
        defer { server.shutdown() }
        let clients = try (0..<8).map { _ in try RawClient(port: server.port) }
        for (index, client) in clients.enumerated() {
            #expect(client.readOnce() == .bytes(Array("220 hello\r\n".utf8)))
            try client.send("n\(index)\r\nQUIT\r\n")
        }
        for (index, client) in clients.enumerated() {
            #expect(client.readToEnd().text == "250 N\(index)\r\n221 bye\r\n")
        }
    }
}
