import Foundation

/// One state of an SMS as an iovox delivery receipt reports it (seed 004, "Delivery Receipts"):
/// `status`, with the raw receipt as `delivery_status` (text) and `status_reason` (number).
///
/// The seed gives two pairs: `smsc submit` / `8` (ACKNOWLEDGED) and `delivery success` / `1`
/// (DELIVERED); provider-facts.md § iovox: other codes UNCONFIRMED. They are Kannel's DLR types
/// (1 delivery success, 2 delivery failure, 4 buffered, 8 smsc submit, 16 smsc reject, 34 expired),
/// so the fake's other pairs (*assumed*) are taken from the same table.
struct IovoxReceiptStatus: Sendable, Equatable {
    /// `ACKNOWLEDGED`, `DELIVERED`, `FAILED`, `BUFFERED` or `EXPIRED`.
    var status: String
    /// The raw receipt as text, e.g. `smsc submit`.
    var deliveryStatus: String
    /// The raw receipt as a number, e.g. `8`.
    var statusReason: String

    /// The SMS center accepted the message (seed example).
    static let acknowledged = IovoxReceiptStatus(status: "ACKNOWLEDGED", deliveryStatus: "smsc submit", statusReason: "8")
    /// Delivered to the handset (seed example).
    static let delivered = IovoxReceiptStatus(status: "DELIVERED", deliveryStatus: "delivery success", statusReason: "1")
    /// *Assumed*: the network could not deliver it (Kannel 2).
    static let failed = IovoxReceiptStatus(status: "FAILED", deliveryStatus: "delivery failure", statusReason: "2")
    /// *Assumed*: the SMS center refused it (Kannel 16).
    static let rejected = IovoxReceiptStatus(status: "FAILED", deliveryStatus: "smsc reject", statusReason: "16")
    /// *Assumed*: buffered for a later attempt (Kannel 4).
    static let buffered = IovoxReceiptStatus(status: "BUFFERED", deliveryStatus: "message buffered", statusReason: "4")
    /// *Assumed*: not delivered within `expiry` (or the network's validity period). The seed's
    /// receipt status list stops at BUFFERED, but its `expiry` node says the SMS "will be marked as
    /// EXPIRED" and its failover node names FAILED/EXPIRED as states, so the status is `EXPIRED`;
    /// the reason is Kannel's expired type (0x22).
    static let expired = IovoxReceiptStatus(status: "EXPIRED", deliveryStatus: "expired", statusReason: "34")

    /// Whether no receipt follows this one.
    var isFinal: Bool { status == "DELIVERED" || status == "FAILED" || status == "EXPIRED" }

    /// Whether a `c2c_failover_link_id` turns the SMS into a text-to-speech call at this state (seed: FAILED/EXPIRED).
    var triggersFailover: Bool { status == "FAILED" || status == "EXPIRED" }
}

/// A receipt due a number of fake seconds after the SMS was accepted.
struct IovoxDeliveryReceipt: Sendable, Equatable {
    /// Fake seconds after acceptance.
    var offset: TimeInterval
    var state: IovoxReceiptStatus
}

/// The receipts an SMS gets, from its destination's ``DeliveryOutcome`` and its `expiry`.
///
/// | outcome | receipts (fake seconds after acceptance) |
/// |---|---|
/// | delivered | 1 ACKNOWLEDGED · 5 DELIVERED |
/// | failed, blacklisted | 1 ACKNOWLEDGED · 5 FAILED `delivery failure`/`2` |
/// | rejected | 1 ACKNOWLEDGED · 5 FAILED `smsc reject`/`16` |
/// | blocked country, no operator | 1 FAILED `smsc reject`/`16` (never handed over, so never acknowledged) |
/// | buffered | 1 ACKNOWLEDGED · 5 BUFFERED · 60 DELIVERED |
/// | slow | 1 ACKNOWLEDGED · 3600 DELIVERED |
/// | expired | 1 ACKNOWLEDGED · 300 EXPIRED |
/// | no receipt | 1 ACKNOWLEDGED |
///
/// With `expiry` (minutes): an SMS with no final receipt (DELIVERED, FAILED, EXPIRED) by then is
/// marked EXPIRED at that time and gets no later receipt — the seed's "may still be delivered by the
/// operator after expiry" is not reported (*assumed*).
enum IovoxDeliveryTimeline {
    /// When a buffered SMS's first attempt fails: the time other outcomes are reported.
    static let firstAttemptDelay = DeliveryOutcome.delivered.finalDelay

    /// The receipts, earliest first.
    static func receipts(for outcome: DeliveryOutcome, expiryMinutes: Int? = nil) -> [IovoxDeliveryReceipt] {
        let base = receipts(for: outcome)
        guard let expiryMinutes else { return base }
        let expiry = TimeInterval(expiryMinutes) * 60
        if base.contains(where: { $0.state.isFinal && $0.offset <= expiry }) { return base }
        return base.filter { $0.offset <= expiry } + [IovoxDeliveryReceipt(offset: expiry, state: .expired)]
    }

    /// The state reported at `elapsed` fake seconds after acceptance; nil before the first receipt.
    static func state(at elapsed: TimeInterval, of receipts: [IovoxDeliveryReceipt]) -> IovoxReceiptStatus? {
        receipts.last { $0.offset <= elapsed }?.state
    }

    private static func receipts(for outcome: DeliveryOutcome) -> [IovoxDeliveryReceipt] {
        let acknowledged = IovoxDeliveryReceipt(offset: DeliveryOutcome.submitDelay, state: .acknowledged)
        let final: IovoxReceiptStatus
        switch outcome {
        case .blockedCountry, .noOperator:
            return [IovoxDeliveryReceipt(offset: outcome.finalDelay, state: .rejected)]
        case .noReceipt:
            return [acknowledged]
        case .buffered:
            return [acknowledged, IovoxDeliveryReceipt(offset: firstAttemptDelay, state: .buffered),
                    IovoxDeliveryReceipt(offset: outcome.finalDelay, state: .delivered)]
        case .delivered, .slow: final = .delivered
        case .failed, .blacklisted: final = .failed
        case .rejected: final = .rejected
        case .expired: final = .expired
        }
        return [acknowledged, IovoxDeliveryReceipt(offset: outcome.finalDelay, state: final)]
    }
}

/// `receipt_timestamp`: the receipt's time in Europe/London, `yyyy-MM-dd HH:mm:ss` (seed 004:
/// "The timestamp in Europe/London time of the delivery receipt", example `2020-05-06 18:37:37`).
enum IovoxReceiptTimestamp {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        if let london = TimeZone(identifier: "Europe/London") { calendar.timeZone = london }
        return calendar
    }()

    /// The date in London wall-clock time, whole seconds (rounded down).
    static func string(_ date: Date) -> String {
        let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: whole)
        func two(_ value: Int?) -> String {
            let text = String(value ?? 0)
            return text.count < 2 ? "0" + text : text
        }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }
}
