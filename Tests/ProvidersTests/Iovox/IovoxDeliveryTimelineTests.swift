import Foundation
@testable import Providers
import Testing

@Suite struct IovoxDeliveryTimelineTests {
    typealias Step = (offset: TimeInterval, status: String, text: String, reason: String)

    private func steps(_ outcome: DeliveryOutcome, expiry: Int? = nil) -> [String] {
        IovoxDeliveryTimeline.receipts(for: outcome, expiryMinutes: expiry).map {
            "\(Int($0.offset)) \($0.state.status) \($0.state.deliveryStatus)/\($0.state.statusReason)"
        }
    }

    @Test func everyOutcomeHasItsDocumentedReceipts() {
        let expected: [DeliveryOutcome: [String]] = [
            .delivered: ["1 ACKNOWLEDGED smsc submit/8", "5 DELIVERED delivery success/1"],
            .failed: ["1 ACKNOWLEDGED smsc submit/8", "5 FAILED delivery failure/2"],
            .expired: ["1 ACKNOWLEDGED smsc submit/8", "300 EXPIRED expired/34"],
            .rejected: ["1 ACKNOWLEDGED smsc submit/8", "5 FAILED smsc reject/16"],
            .buffered: ["1 ACKNOWLEDGED smsc submit/8", "5 BUFFERED message buffered/4", "60 DELIVERED delivery success/1"],
            .blockedCountry: ["1 FAILED smsc reject/16"],
            .noOperator: ["1 FAILED smsc reject/16"],
            .blacklisted: ["1 ACKNOWLEDGED smsc submit/8", "5 FAILED delivery failure/2"],
            .slow: ["1 ACKNOWLEDGED smsc submit/8", "3600 DELIVERED delivery success/1"],
            .noReceipt: ["1 ACKNOWLEDGED smsc submit/8"],
        ]
        for outcome in DeliveryOutcome.allCases {
            #expect(steps(outcome) == expected[outcome], "\(outcome)")
        }
    }

    @Test func expiryMarksAnSMSNotDeliveredByThenAsExpired() {
        #expect(steps(.slow, expiry: 3) == ["1 ACKNOWLEDGED smsc submit/8", "180 EXPIRED expired/34"])
        #expect(steps(.noReceipt, expiry: 3) == ["1 ACKNOWLEDGED smsc submit/8", "180 EXPIRED expired/34"])
        #expect(steps(.expired, expiry: 2) == ["1 ACKNOWLEDGED smsc submit/8", "120 EXPIRED expired/34"])
        #expect(steps(.buffered, expiry: 1) == ["1 ACKNOWLEDGED smsc submit/8", "5 BUFFERED message buffered/4", "60 DELIVERED delivery success/1"],
                "delivered at 60 s is delivered by a 1-minute expiry")
    }

    @Test func expiryLaterThanTheFinalReceiptChangesNothing() {
        for outcome in [DeliveryOutcome.delivered, .failed, .rejected, .blockedCountry, .slow] {
            #expect(steps(outcome, expiry: 60) == steps(outcome), "\(outcome)")
        }
        #expect(steps(.expired, expiry: 10) == steps(.expired), "the network's 300 s come first")
    }

    @Test func theStateIsTheLatestReceiptDue() {
        let receipts = IovoxDeliveryTimeline.receipts(for: .buffered)
        #expect(IovoxDeliveryTimeline.state(at: 0.5, of: receipts) == nil)
        #expect(IovoxDeliveryTimeline.state(at: 1, of: receipts) == .acknowledged)
        #expect(IovoxDeliveryTimeline.state(at: 59.9, of: receipts) == .buffered)
        #expect(IovoxDeliveryTimeline.state(at: 60, of: receipts) == .delivered)
    }

    @Test func onlyFailedAndExpiredTriggerTheFailoverCall() {
        #expect(IovoxReceiptStatus.failed.triggersFailover && IovoxReceiptStatus.rejected.triggersFailover && IovoxReceiptStatus.expired.triggersFailover)
        #expect(!IovoxReceiptStatus.acknowledged.triggersFailover && !IovoxReceiptStatus.buffered.triggersFailover)
        #expect(!IovoxReceiptStatus.delivered.triggersFailover)
    }

    @Test(arguments: [
        (1_588_786_657.0, "2020-05-06 18:37:37"),  // British Summer Time: the seed's example time
        (1_588_786_657.9, "2020-05-06 18:37:37"),  // whole seconds, rounded down
        (1_579_089_600.0, "2020-01-15 12:00:00"),  // Greenwich Mean Time
        (1_585_443_599.0, "2020-03-29 00:59:59"),  // the last second before the clocks go forward
        (1_585_443_600.0, "2020-03-29 02:00:00"),
    ])
    func receiptTimestampsAreLondonWallClockTime(unix: Double, text: String) {
        #expect(IovoxReceiptTimestamp.string(Date(timeIntervalSince1970: unix)) == text)
    }
}
