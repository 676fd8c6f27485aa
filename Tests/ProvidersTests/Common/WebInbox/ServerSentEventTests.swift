import Providers
import StructuredData
import Testing

@Suite struct ServerSentEventTests {
    @Test(arguments: [
        (ServerSentEvent(name: "outbox", data: #"{"recorded":1}"#), "event: outbox\ndata: {\"recorded\":1}\n\n"),
        (ServerSentEvent(name: "x", data: "a\nb\r\nc\rd"), "event: x\ndata: a\ndata: b\ndata: c\ndata: d\n\n"),
        (ServerSentEvent(name: "x", data: ""), "event: x\ndata: \n\n"),
        (ServerSentEvent(name: "x", data: "1", id: "7"), "event: x\ndata: 1\nid: 7\n\n"),
        (ServerSentEvent(name: "bad\nname", data: "1", id: "a\rb"), "event: badname\ndata: 1\nid: ab\n\n"),
    ])
    func eventsAreFramedForEventSource(event: ServerSentEvent, wire: String) {
        #expect(String(decoding: event.bytes, as: UTF8.self) == wire)
    }

    @Test func jsonDataIsCompact() {
        let event = ServerSentEvent(name: "journal", json: ["sequence": 3])
        #expect(event.data == #"{"sequence":3}"#)
    }

    @Test func commentsAndRetryAreTheirOwnBlocks() {
        #expect(String(decoding: ServerSentEvent.comment("still\nhere"), as: UTF8.self) == ": stillhere\n\n")
        #expect(String(decoding: ServerSentEvent.retry(milliseconds: 1_000), as: UTF8.self) == "retry: 1000\n\n")
        #expect(String(decoding: ServerSentEvent.retry(milliseconds: -5), as: UTF8.self) == "retry: 0\n\n")
    }
}
