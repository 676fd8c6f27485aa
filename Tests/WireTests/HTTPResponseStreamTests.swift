import Dispatch
import Foundation
import Synchronization
import Testing
@testable import Wire

/// A handler that answers `/stream` with a stream it hands to the test, and anything else at once.
private final class StreamingHandler: HTTPHandler {
    let streams = Mutex<[HTTPResponseStream]>([])
    let opened = DispatchSemaphore(value: 0)
    let closed = DispatchSemaphore(value: 0)
    let heldBack = Mutex<HTTPResponder?>(nil)

    func handle(_ request: HTTPRequest, responder: HTTPResponder) {
        switch request.path {
        case "/stream":
            let stream = responder.stream(HTTPResponse(status: 200, headers: ["Content-Type": "text/event-stream", "Content-Length": "99"], body: Array("dropped".utf8))) { [closed] in
                closed.signal()
            }
            streams.withLock { $0.append(stream) }
            opened.signal()
        case "/slow":
            heldBack.withLock { $0 = responder }
        default:
            responder.send(HTTPResponse(status: 200, contentType: "text/plain", text: "plain"))
        }
    }

    func stream() throws -> HTTPResponseStream {
        #expect(opened.wait(timeout: .now() + 5) == .success)
        return try #require(streams.withLock { $0.last })
    }
}

@Suite struct HTTPResponseStreamTests {
    @Test(arguments: [
        ("a", "1\r\na\r\n"),
        (String(repeating: "x", count: 26), "1a\r\n" + String(repeating: "x", count: 26) + "\r\n"),
    ])
    func bytesAreFramedAsOneChunk(data: String, framed: String) {
        #expect(HTTPResponseStream.chunk(Array(data.utf8)) == Array(framed.utf8))
    }

    /// Reads until `text` has arrived (or the client's safety timeout).
    private func read(_ client: RawClient, until text: String, into received: inout String) {
        while !received.contains(text), case let .bytes(bytes) = client.readOnce() {
            received += String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test func theHeadIsChunkedAndEachWriteArrivesAsItIsMade() throws {
        let handler = StreamingHandler()
        let server = try startServer(handler: handler)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        let stream = try handler.stream()
        stream.write(Array("event: hello\n\n".utf8))
        var received = ""
        read(client, until: "event: hello", into: &received)
        #expect(received.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(received.contains("Transfer-Encoding: chunked\r\n"))
        #expect(received.contains("Connection: close\r\n"))
        #expect(!received.contains("Content-Length") && !received.contains("dropped"))
        #expect(received.hasSuffix("\r\n\r\ne\r\nevent: hello\n\n\r\n"))
        stream.write(Array("second".utf8))
        read(client, until: "second", into: &received)
        #expect(received.hasSuffix("6\r\nsecond\r\n"))
        stream.finish()
        let (rest, end) = client.readToEnd()
        #expect(rest == "0\r\n\r\n")
        #expect(end == .endOfStream)
        #expect(handler.closed.wait(timeout: .now() + 5) == .success)
        #expect(!stream.isOpen)
    }

    @Test func theClientLeavingRunsOnCloseAndLaterWritesAreIgnored() throws {
        let handler = StreamingHandler()
        let server = try startServer(handler: handler)
        defer { server.shutdown() }
        var client: RawClient? = try RawClient(port: server.port)
        try client?.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        let stream = try handler.stream()
        client = nil // closes the socket
        #expect(handler.closed.wait(timeout: .now() + 5) == .success)
        #expect(!stream.isOpen)
        stream.write(Array("nobody listens".utf8))
        // The server goes on serving others.
        let other = try RawClient(port: server.port)
        try other.send("GET /x HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try other.readResponse().body == "plain")
    }

    @Test func writesMadeBeforeTheHeadLeftFollowItInOrder() throws {
        let handler = StreamingHandler()
        let server = try startServer(handler: handler)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        let stream = try handler.stream()
        stream.write(Array("early".utf8))
        let slow = try #require(handler.heldBack.withLock { $0 })
        slow.send(HTTPResponse(status: 200, contentType: "text/plain", text: "first"))
        #expect(try client.readResponse().body == "first")
        var received = String(decoding: client.leftover, as: UTF8.self) // what came in the same read
        read(client, until: "early", into: &received)
        #expect(received.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(received.hasSuffix("\r\n\r\n5\r\nearly\r\n"))
    }

    @Test func noTimeOutEndsAnOpenStream() throws {
        let clock = ManualClock()
        let handler = StreamingHandler()
        let recorder = EventRecorder()
        let server = try startServer(handler: handler, recorder: recorder) { $0.clock = clock }
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        let stream = try handler.stream()
        clock.advance(by: .seconds(3_600)) // far past the idle (60 s) and request (30 s) time-outs
        server.checkDeadlines()
        stream.write(Array("still open".utf8))
        var received = ""
        read(client, until: "still open", into: &received)
        #expect(received.contains("a\r\nstill open\r\n"))
        #expect(stream.isOpen)
    }

    @Test func aHeadRequestGetsTheHeadOnlyAndTheConnectionCloses() throws {
        let handler = StreamingHandler()
        let server = try startServer(handler: handler)
        defer { server.shutdown() }
        let client = try RawClient(port: server.port)
        try client.send("HEAD /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        let (text, end) = client.readToEnd()
        #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n") && text.hasSuffix("\r\n\r\n"))
        #expect(end == .endOfStream)
        #expect(handler.closed.wait(timeout: .now() + 5) == .success)
    }

    @Test func aServerShutdownEndsTheStream() throws {
        let handler = StreamingHandler()
        let server = try startServer(handler: handler)
        let client = try RawClient(port: server.port)
        try client.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = try handler.stream()
        server.shutdown()
        #expect(handler.closed.wait(timeout: .now() + 5) == .success)
        #expect(client.readToEnd().end == .endOfStream)
    }
}
