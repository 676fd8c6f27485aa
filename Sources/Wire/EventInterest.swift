/// What a registration wants to hear about.
struct EventInterest: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    /// Readable (or a connection waiting on a listener).
    static let read = EventInterest(rawValue: 1)
    /// Writable.
    static let write = EventInterest(rawValue: 2)
    /// Wake only one of the loops sharing this descriptor (`EPOLLEXCLUSIVE`); add-only, for listeners.
    static let exclusive = EventInterest(rawValue: 4)
}
