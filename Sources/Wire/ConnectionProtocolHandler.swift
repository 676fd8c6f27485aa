/// What the event loop should do with a connection after a protocol handler callback.
public enum ConnectionAction: Sendable, Equatable {
    /// Keep the connection open.
    case `continue`
    /// Write everything queued, then close in an orderly way: send FIN and briefly discard further input so the
    /// peer can read the last bytes instead of receiving a reset.
    case close
    /// Write everything queued, then close without lingering: for idle connections, where nothing was just
    /// said that the peer might miss.
    case closeWithoutLinger
    /// Write everything queued, then reset the connection (RST, via `SO_LINGER` zero) instead of closing it
    /// in an orderly way. With nothing queued the reset is immediate.
    case reset
}

/// A wire protocol spoken on accepted connections: HTTP/1.1, SMTP, or anything line- or frame-based.
///
/// The event loop owns the socket and calls the handler on the loop thread only, so implementations need no
/// locking. Bytes go out with ``ConnectionContext/write(_:)``; the returned ``ConnectionAction`` says whether to
/// keep going. Each connection gets its own handler instance, created when the connection is accepted.
public protocol ConnectionProtocolHandler: AnyObject {
    /// The connection was accepted. Protocols where the server speaks first (SMTP's greeting) write here.
    func connectionOpened(_ connection: ConnectionContext) -> ConnectionAction

    /// Bytes arrived from the peer. `bytes` is only valid during the call; copy what must be kept.
    func bytesReceived(_ bytes: UnsafeRawBufferPointer, connection: ConnectionContext) -> ConnectionAction

    /// The peer closed its sending side; no more bytes will arrive. Queued output can still be written.
    func inputClosed(_ connection: ConnectionContext) -> ConnectionAction

    /// ``ConnectionContext/deadline`` passed. It has been cleared; set a new one to be called again.
    func deadlineReached(_ connection: ConnectionContext) -> ConnectionAction

    /// Output that could not be written at once (the peer was slow to read) has now all been written.
    func outputDrained(_ connection: ConnectionContext) -> ConnectionAction

    /// The server is shutting down: finish what is in flight and return ``ConnectionAction/close`` when done.
    /// Connections still open after the server's grace period are closed regardless.
    func shutdownRequested(_ connection: ConnectionContext) -> ConnectionAction

    /// The connection is closed; the socket is gone. Called exactly once, last.
    func connectionClosed(_ connection: ConnectionContext)
}

extension ConnectionProtocolHandler {
    /// By default nothing is written on connect.
    public func connectionOpened(_ connection: ConnectionContext) -> ConnectionAction { .continue }
    /// By default the connection closes once queued output is written.
    public func inputClosed(_ connection: ConnectionContext) -> ConnectionAction { .close }
    /// By default a deadline closes the connection.
    public func deadlineReached(_ connection: ConnectionContext) -> ConnectionAction { .close }
    /// By default nothing happens when output drains.
    public func outputDrained(_ connection: ConnectionContext) -> ConnectionAction { .continue }
    /// By default shutting down closes the connection once queued output is written.
    public func shutdownRequested(_ connection: ConnectionContext) -> ConnectionAction { .close }
    /// By default nothing happens on close.
    public func connectionClosed(_ connection: ConnectionContext) {}
}

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
