/// Whether a spec may run against a live sandbox account.
public enum LivePolicy: String, Sendable, CaseIterable {
    /// Sends nothing that costs money or reaches a phone (errors, lookups).
    case safe
    /// Sends an SMS: runs live only when sends are explicitly allowed.
    case sends
    /// Fake only (needs fake setup or fake time).
    case never
}
