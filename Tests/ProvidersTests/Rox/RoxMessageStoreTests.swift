import Foundation
@testable import Providers
import SMSDomain
import Testing

@Suite struct RoxMessageStoreTests {
    private func sms(_ smsID: Int) throws -> RoxQueuedSMS {
        let destination = try E164.normalize("+61411222333", plan: .australia)
        return RoxQueuedSMS(
            smsID: smsID, requestID: "r\(smsID)", accountID: "CI00000001", username: "user@your_domain.com",
            recipient: RoxRecipient(number: "1", destination: destination, text: "Hi", segments: SegmentCounter.count("Hi")),
            options: RoxDeliveryOptions(receiptFlag: 0, replyType: .email, timeZoneOffset: 600),
            acceptedAt: Date(timeIntervalSince1970: 0), outcome: .delivered)
    }

    @Test func theNewestAreKeptOldestFirstAndFoundById() throws {
        let store = RoxMessageStore(capacity: 2)
        for smsID in [11, 12, 13] { store.add(try sms(smsID)) }
        #expect(store.all.map(\.smsID) == [12, 13])
        #expect(store.message(11) == nil)
        #expect(store.message(13)?.requestID == "r13")
        store.reset()
        #expect(store.all.isEmpty)
        for smsID in [14, 15, 16] { store.add(try sms(smsID)) }
        #expect(store.all.map(\.smsID) == [15, 16]) // The bound survives a reset.
    }
}
