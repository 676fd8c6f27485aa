import Foundation
import Providers
import Testing
import Wire

@Suite struct RequestJournalTests {
    private let clock = FakeClock(start: Date(timeIntervalSince1970: 1_000), frozen: true)

    private func request(_ number: Int) -> JournalEntry.Exchange {
        .http(HTTPRequest(method: "GET", target: "/sms/\(number)"), status: 200, fault: nil)
    }

    @Test func entriesAreNumberedStampedWithFakeTimeAndBounded() {
        let journal = RequestJournal(clock: clock, capacity: 3)
        journal.record(request(1))
        clock.advance(seconds: 60)
        for number in 2...5 { journal.record(request(number)) }
        let entries = journal.entries
        #expect(entries.map(\.sequence) == [3, 4, 5])
        #expect(entries.map(\.at.timeIntervalSince1970) == [1_060, 1_060, 1_060])
        #expect(journal.json.arrayValue?.compactMap { $0["target"]?.stringValue } == ["/sms/3", "/sms/4", "/sms/5"])
    }

    @Test func clearingForgetsEntriesButNotTheNumbering() {
        let journal = RequestJournal(clock: clock)
        journal.record(request(1))
        journal.clear()
        #expect(journal.entries.isEmpty)
        journal.record(request(2))
        #expect(journal.entries.map(\.sequence) == [2])
    }

    @Test func recordingReturnsTheNumberAndTheNewestNumberIsKnown() {
        let journal = RequestJournal(clock: clock)
        #expect(journal.lastSequence == 0)
        #expect(journal.record(request(1)) == 1)
        #expect(journal.record(request(2)) == 2)
        journal.clear()
        #expect(journal.lastSequence == 2)
    }

    @Test func theDefaultKeepsFiveHundred() {
        #expect(RequestJournal(clock: clock).capacity == RequestJournal.defaultCapacity)
        #expect(RequestJournal.defaultCapacity == 500)
    }
}
