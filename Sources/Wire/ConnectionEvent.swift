/// A connection's life as seen by a server's observer: for diagnostics and for tests that must know the server
/// has seen their bytes before they advance a ``ManualClock``.
public enum ConnectionEvent: Sendable, Equatable {
    /// A connection was accepted.
    case opened(id: UInt64, peer: String?)
    /// Bytes were read and the protocol handler has processed them (its deadlines are updated).
    case received(id: UInt64, byteCount: Int)
    /// The server asked the connection to finish up because it is shutting down.
    case draining(id: UInt64)
    /// The connection was closed.
    case closed(id: UInt64)

    /// The connection the event is about.
    public var connectionID: UInt64 {
        switch self {
        case let .opened(id, _), let .received(id, _), let .draining(id), let .closed(id): id
        }
    }
}
