/// A fake whose provider prices each SMS shows the price in the web inbox by conforming.
public protocol WebInboxPricing: Sendable {
    /// The price the provider charges for `entry`, as a person reads it (`0.075 EUR`); nil when unknown.
    func price(of entry: OutboxEntry) -> String?
}
