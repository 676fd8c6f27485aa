/// The MT postbacks an SMS gets, from its destination's ``DeliveryOutcome`` (*assumed* mapping; the
/// documents give the codes, not which carrier outcome leads to which):
///
/// | outcome | postbacks (fake seconds after acceptance) |
/// |---|---|
/// | delivered, buffered, slow | 1 N201 Sent · 5 / 60 / 3600 N202 Delivered |
/// | failed, rejected, blacklisted, expired | 1 N201 Sent · 5 (expired: 300) E202 Rejected |
/// | blocked country, no operator | 1 E201 Failed (never handed to a carrier) |
/// | no receipt | 1 N201 Sent ("Not all carriers provide SMS delivery receipts") |
enum SkycorePostbackTimeline {
    /// The postbacks, earliest first.
    static func postbacks(for outcome: DeliveryOutcome) -> [SkycorePostbackEvent] {
        if outcome.isRefusedByGateway { return [SkycorePostbackEvent(offset: outcome.finalDelay, code: .failed)] }
        let sent = SkycorePostbackEvent(offset: DeliveryOutcome.submitDelay, code: .sent)
        if outcome == .noReceipt { return [sent] }
        return [sent, SkycorePostbackEvent(offset: outcome.finalDelay, code: outcome.isDelivered ? .delivered : .rejected)]
    }
}
