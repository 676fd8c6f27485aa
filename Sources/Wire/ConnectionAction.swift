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
