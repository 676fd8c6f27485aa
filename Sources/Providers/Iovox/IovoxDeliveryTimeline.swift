import Foundation

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
