import Foundation
@testable import Providers
import Testing

/// The state function behind `GET /sms/{uuid}` and the webhook: each outcome's states at chosen
/// seconds after acceptance (status_code, dlr_code, is_sent).
@Suite struct LOX24DeliveryStateTests {
    static let accepted = Date(timeIntervalSince1970: 1_755_868_416)

    /// (outcome, seconds after acceptance, status_code, dlr_code, is_sent)
    static let checkpoints: [(DeliveryOutcome, TimeInterval, Int, Int, Bool)] = [
        (.delivered, 0, 0, 0, false), (.delivered, 0.999, 0, 0, false), (.delivered, 1, 100, 4, true), (.delivered, 4.9, 100, 4, true),
        (.delivered, 5, 100, 1, true),
        (.failed, 4, 100, 4, true), (.failed, 5, 100, 16, true),
        (.rejected, 5, 100, 16, true), (.blacklisted, 5, 100, 16, true),
        (.expired, 299, 100, 4, true), (.expired, 300, 100, 8, true),
        (.buffered, 4, 100, 4, true), (.buffered, 5, 100, 2, true), (.buffered, 59, 100, 2, true), (.buffered, 60, 100, 1, true),
        (.slow, 3_599, 100, 4, true), (.slow, 3_600, 100, 1, true),
        (.noReceipt, 1, 100, 4, true), (.noReceipt, 1_000_000, 100, 4, true),
        (.blockedCountry, 0.5, 0, 0, false), (.blockedCountry, 1, 208, 0, false), (.blockedCountry, 10_000, 208, 0, false),
        (.noOperator, 1, 5000, 0, false), (.noOperator, 10_000, 5000, 0, false),
    ]

    @Test(arguments: checkpoints)
    func eachOutcomeMovesThroughItsDocumentedCodes(outcome: DeliveryOutcome, seconds: TimeInterval, status: Int, dlr: Int, isSent: Bool) {
        let lifecycle = LOX24Lifecycle(acceptedAt: Self.accepted, deliveryAt: 0, outcome: outcome)
        let state = lifecycle.state(at: Self.accepted.addingTimeInterval(seconds))
        #expect(state.statusCode == status)
        #expect(state.dlrCode == dlr)
        #expect(state.isSent == isSent)
        #expect(state.gatewaySentAt == (isSent ? 1_755_868_417 : 0))
    }

    @Test func aFutureDeliveryAtHoldsEverythingUntilItsTime() {
        let deliveryAt = 1_755_872_016
        let lifecycle = LOX24Lifecycle(acceptedAt: Self.accepted, deliveryAt: deliveryAt, outcome: .delivered)
        let due = Date(timeIntervalSince1970: TimeInterval(deliveryAt))
        #expect(lifecycle.state(at: due.addingTimeInterval(-1)) == .new)
        #expect(lifecycle.state(at: due.addingTimeInterval(1)).dlrCode == 4)
        #expect(lifecycle.state(at: due.addingTimeInterval(1)).gatewaySentAt == deliveryAt + 1)
        #expect(lifecycle.state(at: due.addingTimeInterval(5)).dlrCode == 1)
        #expect(lifecycle.notificationTimes == [due.addingTimeInterval(5)])
    }

    @Test func aPastDeliveryAtStartsAtAcceptance() {
        let lifecycle = LOX24Lifecycle(acceptedAt: Self.accepted, deliveryAt: 1_000, outcome: .delivered)
        #expect(lifecycle.startsAt == Self.accepted)
    }

    @Test(arguments: [
        (DeliveryOutcome.delivered, [5.0]), (.failed, [5]), (.rejected, [5]), (.blacklisted, [5]), (.expired, [300]), (.slow, [3_600]),
        (.buffered, [5, 60]), (.blockedCountry, [1]), (.noOperator, [1]), (.noReceipt, []),
    ])
    func theWebhookIsDueAtEveryChangeAfterTheHandOver(outcome: DeliveryOutcome, seconds: [TimeInterval]) {
        let lifecycle = LOX24Lifecycle(acceptedAt: Self.accepted, deliveryAt: 0, outcome: outcome)
        #expect(lifecycle.notificationTimes == seconds.map { Self.accepted.addingTimeInterval($0) })
        for (earlier, later) in zip(lifecycle.notificationTimes, lifecycle.notificationTimes.dropFirst()) {
            #expect(lifecycle.state(at: earlier) != lifecycle.state(at: later))
        }
    }
}
