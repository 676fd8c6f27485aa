@testable import Providers
import Foundation
import StructuredData
import Testing
import Wire

/// The inbox's JSON is paged, so ten thousand outbox entries cost one page.
@Suite struct WebInboxDataTests {
    private func data(entries: Int, perDestination: Int = 1) -> (WebInboxData, FakeEnvironment) {
        let environment = FakeEnvironment(clock: FakeClock(start: Date(timeIntervalSince1970: 1_800_000_000), frozen: true))
        for index in 0..<entries {
            environment.outbox.record(OutboxEntry(provider: "lox24", to: "+4917\(String(format: "%08d", index / perDestination))", from: "Shop", text: "message \(index)"))
        }
        let fake = LOX24Fake(environment: environment)
        return (WebInboxData(provider: "lox24", fake: fake, environment: environment, refusals: RefusedAnswers(), smtpURL: { nil }), environment)
    }

    @Test func tenThousandEntriesArePagedNewestDestinationFirst() {
        let (data, _) = data(entries: 10_000)
        let first = data.conversations(InboxPage(offset: 0, limit: 50))
        #expect(first["total"] == 10_000)
        #expect(first["conversations"]?.arrayValue?.count == 50)
        #expect(first["conversations"]?.arrayValue?.first?["to"] == "+491700009999")
        let last = data.conversations(InboxPage(offset: 9_990, limit: 50))
        #expect(last["conversations"]?.arrayValue?.count == 10)
        #expect(last["conversations"]?.arrayValue?.last?["to"] == "+491700000000")
        #expect(data.conversations(InboxPage(offset: 20_000))["conversations"] == [])
    }

    @Test func aDestinationsMessagesAreGroupedNewestFirstAndPaged() {
        let (data, _) = data(entries: 30, perDestination: 10)
        let page = data.messages(to: "+491700000001", InboxPage(offset: 0, limit: 4))
        #expect(page["total"] == 10)
        #expect(page["messages"]?.arrayValue?.map { $0["text"] } == ["message 19", "message 18", "message 17", "message 16"])
        let message = page["messages"]?.arrayValue?.first
        #expect(message?["layout"]?["parts"]?.arrayValue?.count == 1)
        #expect(message?["timeline"]?["steps"]?.arrayValue?.first?["state"] == "accepted")
        #expect(message?["price"] == "0.075 EUR") // lox24 prices a German part at 0.075
        #expect(data.conversations(InboxPage())["conversations"]?.arrayValue?.first?["count"] == 10)
    }

    @Test(arguments: [("message 7", 1), ("SHOP", 10), ("+491700000003", 1), ("nothing", 0)])
    func theFilterMatchesNumberSenderOrText(filter: String, destinations: Int) {
        let (data, _) = data(entries: 10)
        #expect(data.conversations(InboxPage(filter: filter))["total"]?.intValue == destinations)
    }

    @Test func theJournalMarksRefusalsWithTheAnswer() {
        let (data, environment) = data(entries: 0)
        let accepted = environment.journal.record(.http(HTTPRequest(method: "POST", target: "/sms"), status: 201, fault: nil))
        let refused = environment.journal.record(.http(HTTPRequest(method: "POST", target: "/sms"), status: 401, fault: nil))
        _ = environment.journal.record(.http(HTTPRequest(method: "POST", target: "/sms"), status: nil, fault: "reset"))
        data.refusals.note(accepted, HTTPResponse(status: 201, contentType: "application/json", text: "{}"))
        data.refusals.note(refused, HTTPResponse(status: 401, contentType: "application/json", text: #"{"detail":"no"}"#))
        let entries = data.journal(InboxPage())["entries"]?.arrayValue ?? []
        #expect(entries.map { $0["refused"] } == [true, true, false])
        #expect(entries[1]["answer"]?["body"] == #"{"detail":"no"}"#)
        #expect(entries[2]["answer"] == nil)
        #expect(data.journal(InboxPage(filter: "reset"))["total"] == 1)
    }
}
