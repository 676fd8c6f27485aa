@testable import Providers
import Foundation
import StructuredData
import Testing
import Wire

@Suite struct FakeEventHubTests {
    typealias Signature = FakeEventHub.Signature

    @Test(arguments: [
        (Signature(), Signature(), [String]()),
        (Signature(), Signature(recorded: 2, sequence: 2), ["outbox", "journal"]),
        (Signature(sequence: 4), Signature(sequence: 5), ["journal"]),
        (Signature(callbacks: 3), Signature(callbacks: 3, lastCallbackAt: Date(timeIntervalSince1970: 1)), ["callbacks"]),
    ])
    func aChangeBecomesItsEvent(previous: Signature, next: Signature, names: [String]) {
        #expect(FakeEventHub.events(from: previous, to: next).map(\.name) == names)
    }

    private func startLOX24() throws -> (FakeServer, HTTPClient) {
        let server = FakeServer(descriptor: try #require(ProviderRegistry.descriptor(for: "lox24")))
        try server.start()
        return (server, try HTTPClient(url: server.baseURL))
    }

    private func sendSMS(_ client: HTTPClient) throws {
        let body = #"{"text": "Hi", "sender_id": "Shop", "phone": "+491701999001"}"#
        let response = try client.send(HTTPRequest(method: "POST", target: "/sms", headers: [
            "Content-Type": "application/json", "X-LOX24-AUTH-TOKEN": LOX24Provider.exampleToken,
        ], body: Array(body.utf8)))
        #expect(response.status == 201)
    }

    @Test func aBrowserHearsHelloThenEachChange() throws {
        let (server, client) = try startLOX24()
        defer { server.shutdown() }
        let events = try EventStreamClient(port: server.port)
        let head = try events.read(until: "event: hello\n")
        #expect(head.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(head.contains("Content-Type: text/event-stream; charset=utf-8\r\n"))
        #expect(head.contains("Transfer-Encoding: chunked\r\n"))
        #expect(head.contains("retry: 1000\n"))
        #expect(server.inbox.events.subscriberCount == 1)

        try sendSMS(client)
        server.inbox.events.poll()
        try events.read(until: "event: outbox\ndata: {\"recorded\":1}\n\n")
        try events.read(until: "event: journal\ndata: {\"sequence\":1}\n\n")

        let advance = try client.send(HTTPRequest(method: "POST", target: "/__fake/clock", body: Array(#"{"advance_seconds": 60}"#.utf8)))
        #expect(advance.status == 200)
        try events.read(until: "event: control\ndata: {\"method\":\"POST\",\"route\":\"clock\"")
    }

    @Test func readingTheControlAPISendsNothing() throws {
        let (server, client) = try startLOX24()
        defer { server.shutdown() }
        let events = try EventStreamClient(port: server.port)
        try events.read(until: "event: hello\n")
        #expect(try client.send(HTTPRequest(method: "GET", target: "/__fake/outbox")).status == 200)
        server.inbox.events.poll()
        #expect(try client.send(HTTPRequest(method: "POST", target: "/__fake/reset")).status == 200)
        let text = try events.read(until: "event: control")
        #expect(!text.contains("route\":\"outbox"))
        #expect(!text.contains("event: outbox"))
    }

    @Test func stoppingTheFakeEndsTheStream() throws {
        let (server, _) = try startLOX24()
        let events = try EventStreamClient(port: server.port)
        try events.read(until: "event: hello\n")
        server.shutdown()
        #expect(events.readToEnd())
        #expect(events.received.hasSuffix("0\r\n\r\n"))
        #expect(server.inbox.events.subscriberCount == 0)
    }
}
