import Foundation

/// Where a LOX24 SMS stands at one moment: the four resource fields that move after `POST /sms`.
struct LOX24DeliveryState: Sendable, Equatable {
    /// `status_code` values the fake uses (doc.lox24.eu/info/sms-status-codes/, `provider-facts.md` § lox24).
    enum Status {
        /// 0: new, not yet handed to an operator.
        static let new = 0
        /// 100: transmitted to the operator.
        static let transmitted = 100
        /// 208: destination network or country blocked.
        static let blockedCountry = 208
        /// 5000: no operator found.
        static let noOperator = 5000
        /// 6000: stopped via API (`POST /sms/ops/batch_cancel`).
        static let stoppedViaAPI = 6000
    }

    /// `dlr_code` values (doc.lox24.eu/info/sms-delivery-report-codes-dlr/, `provider-facts.md` § lox24).
    enum DLR {
        static let none = 0
        static let delivered = 1
        static let queued = 2
        static let enroute = 4
        static let expired = 8
        static let rejected = 16
    }

    var statusCode: Int
    var dlrCode: Int
    var isSent: Bool
    /// Unix seconds of the hand-over to the operator; 0 before it (and for SMS never handed over).
    var gatewaySentAt: Int

    /// Accepted and waiting: status 0, dlr 0, not sent.
    static let new = LOX24DeliveryState(statusCode: Status.new, dlrCode: DLR.none, isSent: false, gatewaySentAt: 0)
    /// Stopped before it was sent: status 6000, dlr 0, not sent.
    static let stopped = LOX24DeliveryState(statusCode: Status.stoppedViaAPI, dlrCode: DLR.none, isSent: false, gatewaySentAt: 0)
}

/// The life of one LOX24 SMS in fake time. Nothing moves before it starts (acceptance, or a later
/// `delivery_at`); ``DeliveryOutcome/submitDelay`` after the start it is handed to the operator
/// (100, dlr 4) or refused by the gateway (208 / 5000, never sent); its ``DeliveryOutcome`` then
/// decides the final `dlr_code` and when it comes.
///
/// Every state follows from the start time and the outcome, so `GET /sms/{uuid}` right after a clock
/// advance shows the moved state; the webhook's moments come from the same function.
struct LOX24Lifecycle: Sendable, Equatable {
    /// Seconds after the start when a buffered SMS is reported queued (dlr 2), before it is delivered.
    static let bufferedDelay = DeliveryOutcome.delivered.finalDelay

    /// When the SMS leaves the fake's queue: acceptance, or `delivery_at` when that is later.
    var startsAt: Date
    var outcome: DeliveryOutcome
    /// When `POST /sms/ops/batch_cancel` stopped it, nil while it was not stopped; from then on it stays ``LOX24DeliveryState/stopped``.
    var stoppedAt: Date?

    /// The life of an SMS accepted at `acceptedAt` with `delivery_at` (unix seconds; 0 for none) to a destination with `outcome`.
    init(acceptedAt: Date, deliveryAt: Int, outcome: DeliveryOutcome) {
        self.startsAt = max(acceptedAt, Date(timeIntervalSince1970: TimeInterval(deliveryAt)))
        self.outcome = outcome
    }

    /// The state at `now`.
    func state(at now: Date) -> LOX24DeliveryState {
        if let stoppedAt, now >= stoppedAt { return .stopped }
        let elapsed = now.timeIntervalSince(startsAt)
        guard elapsed >= DeliveryOutcome.submitDelay else { return .new }
        switch outcome {
        case .blockedCountry:
            return LOX24DeliveryState(statusCode: LOX24DeliveryState.Status.blockedCountry, dlrCode: LOX24DeliveryState.DLR.none, isSent: false, gatewaySentAt: 0)
        case .noOperator:
            return LOX24DeliveryState(statusCode: LOX24DeliveryState.Status.noOperator, dlrCode: LOX24DeliveryState.DLR.none, isSent: false, gatewaySentAt: 0)
        default:
            let sentAt = Int(startsAt.addingTimeInterval(DeliveryOutcome.submitDelay).timeIntervalSince1970.rounded(.down))
            return LOX24DeliveryState(statusCode: LOX24DeliveryState.Status.transmitted, dlrCode: dlrCode(after: elapsed), isSent: true, gatewaySentAt: sentAt)
        }
    }

    /// Whether it can still be stopped at `now`: it has not left the queue (status 0) and was not stopped.
    func isStoppable(at now: Date) -> Bool {
        state(at: now) == .new
    }

    /// The moments an `sms.delivery` event is due: every change of `dlr_code` after the hand-over
    /// (dlr 4 itself is not notified), and the gateway's refusal (208 / 5000). None for no receipt.
    var notificationTimes: [Date] {
        let delays: [TimeInterval] = switch outcome {
        case .noReceipt: []
        case .buffered: [Self.bufferedDelay, outcome.finalDelay]
        default: [outcome.finalDelay]
        }
        return delays.map { startsAt.addingTimeInterval($0) }
    }

    private func dlrCode(after elapsed: TimeInterval) -> Int {
        if elapsed >= outcome.finalDelay {
            switch outcome {
            case .delivered, .buffered, .slow: return LOX24DeliveryState.DLR.delivered
            case .failed, .rejected, .blacklisted: return LOX24DeliveryState.DLR.rejected
            case .expired: return LOX24DeliveryState.DLR.expired
            case .noReceipt, .blockedCountry, .noOperator: return LOX24DeliveryState.DLR.enroute
            }
        }
        if outcome == .buffered && elapsed >= Self.bufferedDelay { return LOX24DeliveryState.DLR.queued }
        return LOX24DeliveryState.DLR.enroute
    }
}
