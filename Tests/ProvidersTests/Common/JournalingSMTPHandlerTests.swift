import Foundation
@testable import Providers
import Testing
import Wire

@Suite struct JournalingSMTPHandlerTests {
    /// Refuses recipients at `refused.test` and answers every message `250 … Queued`.
    private struct Handler: SMTPHandler {
        func recipient(_ address: String, envelope: SMTPEnvelope) -> SMTPReply {
            address.hasSuffix("@refused.test") ? SMTPReply(code: 550, enhancedStatus: "5.1.1", lines: ["no"]) : SMTPReply(code: 250, lines: ["OK"])
        }

        func message(_ data: [UInt8], envelope: SMTPEnvelope) -> SMTPReply {
            SMTPReply(code: 250, enhancedStatus: "2.0.0", lines: ["Queued"])
        }
    }

    private let journal = RequestJournal(clock: FakeClock(frozen: true))
    private var handler: JournalingSMTPHandler { JournalingSMTPHandler(handler: Handler(), journal: journal) }

    @Test func refusedRecipientsAndMessagesAreNotedWithTheHandlersReplies() {
        let envelope = SMTPEnvelope(mailFrom: "a@b.test")
        #expect(handler.mailFrom("a@b.test", envelope: envelope).code == 250)
        #expect(handler.recipient("x@ok.test", envelope: envelope).code == 250)
        #expect(handler.recipient("y@refused.test", envelope: envelope).code == 550)
        let delivered = SMTPEnvelope(mailFrom: "a@b.test", recipients: ["x@ok.test"])
        #expect(handler.message(Array("Hi".utf8), envelope: delivered) == SMTPReply(code: 250, enhancedStatus: "2.0.0", lines: ["Queued"]))
        let json = journal.json.arrayValue ?? []
        #expect(json.map { $0["command"] } == ["RCPT TO", "DATA"])
        #expect(json.first?["address"] == "y@refused.test")
        #expect(json.last?["recipients"] == ["x@ok.test"])
        #expect(json.last?["message"] == "Hi")
    }
}
