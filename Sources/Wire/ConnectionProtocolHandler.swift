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
