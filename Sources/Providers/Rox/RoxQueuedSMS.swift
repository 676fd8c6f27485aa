import Foundation
import StructuredData

/// One SMS the rox fake queued, and its life in fake time.
///
/// Nothing moves before it starts (acceptance, or `SendLater` when that is later); it is handed to
/// the network ``DeliveryOutcome/submitDelay`` after the start, and its ``DeliveryOutcome`` decides
/// the final ``RoxDeliveryResult`` and when it comes. Every state follows from the start and the
/// outcome, so what the fake shows right after a clock advance is already the moved state.
struct RoxQueuedSMS: Sendable {
    /// Seconds after the start when a buffered SMS is reported buffered, before it is delivered.
    static let bufferedDelay = DeliveryOutcome.delivered.finalDelay

    var smsID: Int
    var requestID: String
    /// The sending account's `AccountId` and user (`Sender.Username`), for reply callbacks.
    var accountID: String
    var username: String
    var recipient: RoxRecipient
    /// ReceiptFlag, the callback URLs and ReplyType of the request it came in.
    var options: RoxDeliveryOptions
    var acceptedAt: Date
    var outcome: DeliveryOutcome

    /// When it leaves the queue: acceptance, or `SendLater` when that is later.
    var startsAt: Date { max(acceptedAt, options.sendLater ?? acceptedAt) }

    /// When its final state is reached (and its receipt is due).
    var finalAt: Date { startsAt.addingTimeInterval(outcome.finalDelay) }

    /// How it ends; nil when no final report ever comes.
    var finalResult: RoxDeliveryResult? { RoxDeliveryResult(outcome) }

    /// Its status at `now`.
    func status(at now: Date) -> RoxDeliveryStatus {
        let elapsed = now.timeIntervalSince(startsAt)
        if elapsed < 0 { return .scheduled }
        if elapsed < DeliveryOutcome.submitDelay { return .queued }
        if elapsed >= outcome.finalDelay, let finalResult { return finalResult.status }
        if outcome == .buffered && elapsed >= Self.bufferedDelay { return .buffered }
        return .sent
    }

    /// Where its receipt goes, or nil when none is posted: ReceiptFlag 0, a null URL (forwarded to
    /// email), no final report, or ReceiptFlag 2 ("Receipt_On_Error") for a delivered SMS.
    var receiptURL: String? {
        guard let url = options.receiptCallbackURL, let finalResult else { return nil }
        switch options.receiptFlag {
        case 1: return url
        case 2: return finalResult.isError ? url : nil
        default: return nil
        }
    }

    /// Whether the handset has it at `now`, so that it can be replied to: delivered, or sent to a
    /// destination that never reports.
    func hasReachedHandset(at now: Date) -> Bool {
        switch status(at: now) {
        case .delivered: true
        case .sent: outcome == .noReceipt
        default: false
        }
    }

    /// Its state as `GET /__fake/rox/messages` shows it.
    func json(at now: Date) -> JSONValue {
        let status = status(at: now)
        let final = now >= finalAt ? finalResult : nil
        return [
            "sms_id": .integer(smsID),
            "request_id": .string(requestID),
            "dest_tn": .string(recipient.destination.e164),
            "outcome": .string(outcome.rawValue),
            "status": .string(status.rawValue),
            "result": .string(final?.rawValue ?? RoxDeliveryResult.delivered.rawValue),
            "result_text": .string(final?.text ?? status.rawValue),
            "sends_at": .string(RoxDateTime.isoSeconds(startsAt)),
            "sent": .bool(!outcome.isRefusedByGateway && ![.scheduled, .queued].contains(status)),
        ]
    }
}
