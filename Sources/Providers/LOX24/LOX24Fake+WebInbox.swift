import SMSDomain

extension LOX24Fake: WebInboxPricing {
    /// What LOX24 charged for the SMS: its parts at the destination's price per part, in EUR.
    public func price(of entry: OutboxEntry) -> String? {
        let parts = SegmentCounter.count(entry.text, encoding: entry.encoding)?.parts ?? SegmentCounter.count(entry.text).parts
        let price = LOX24Message.price(parts: parts, region: PhoneNumber(e164: entry.to)?.regionCode)
        return "\(price) EUR"
    }
}
