/// One accepted connection as its protocol handler sees it: queue output, set a deadline, pause reading.
///
/// Owned by an event loop and used only on that loop's thread; from other threads go through ``handle``.
/// Changes take effect when the current callback returns: output is written then (directly, registering for
/// writability only if the socket would block), and the deadline and read interest are updated then.
public final class ConnectionContext {
    /// Identifies the connection for the life of the process.
    public let id: UInt64
    /// The peer's host, e.g. `127.0.0.1`, when known.
    public let peerAddress: String?
    /// A Sendable reference for work that must come back to this connection from another thread.
    public let handle: ConnectionHandle
    /// When the handler's ``ConnectionProtocolHandler/deadlineReached(_:)`` should be called; nil for never.
    public var deadline: MonotonicInstant?
    /// While true the loop does not read from the socket (back-pressure); bytes wait in the kernel.
    public var isReadingPaused = false

    let fd: Int32
    let token: UInt64
    let clock: any MonotonicClock
    let observer: (@Sendable (ConnectionEvent) -> Void)?
    let lingerTimeout: Duration
    var handler: any ConnectionProtocolHandler
    var outbound: [UInt8] = []
    var outboundOffset = 0
    var registeredInterest: EventInterest = []
    var writeBlocked = false
    var inputClosed = false
    var phase: Phase = .open
    var scheduledDeadline: MonotonicInstant?
    var lingerDeadline: MonotonicInstant?
    var lingerBudget = 0
    /// The handler asked for a reset; it happens once queued output is written.
    var resetWhenDrained = false
    /// The handler asked to close without lingering.
    var skipLinger = false
    /// An outbound connection whose non-blocking `connect` has not completed (``LoopCore/connectOutbound``).
    var isConnecting = false
    /// Why an outbound connection's `connect` failed (its `SO_ERROR`), for the handler's `connectionClosed`.
    var connectError: Int32 = 0

    /// Where the connection is in its life.
    enum Phase: Equatable {
        /// Handler callbacks happen.
        case open
        /// The handler asked to close (or reset); queued output is being written.
        case closing
        /// FIN sent; input is read and discarded until the peer closes or the linger deadline passes.
        case lingering
        /// The socket is closed.
        case closed
    }

    init(
        fd: Int32, token: UInt64, peerAddress: String?, loop: EventLoop, clock: any MonotonicClock,
        observer: (@Sendable (ConnectionEvent) -> Void)?, lingerTimeout: Duration, handler: any ConnectionProtocolHandler
    ) {
        self.fd = fd
        self.token = token
        self.id = token
        self.peerAddress = peerAddress
        self.handle = ConnectionHandle(loop: loop, id: token)
        self.clock = clock
        self.observer = observer
        self.lingerTimeout = lingerTimeout
        self.handler = handler
    }

    /// The current instant of the server's clock.
    public var now: MonotonicInstant { clock.now }

    /// Queues bytes to send.
    public func write(_ bytes: [UInt8]) {
        guard phase == .open || phase == .closing else { return }
        outbound.append(contentsOf: bytes)
    }

    /// Queues bytes to send, copying them from `bytes`.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        guard phase == .open || phase == .closing else { return }
        outbound.append(contentsOf: bytes)
    }

    /// Lets `body` append to the output queue in place, avoiding an intermediate copy.
    public func withOutputBuffer<Result>(_ body: (inout [UInt8]) throws -> Result) rethrows -> Result {
        try body(&outbound)
    }

    /// Bytes queued but not yet accepted by the kernel.
    public var pendingOutputCount: Int { outbound.count - outboundOffset }

    /// Whether the connection is still open for handler callbacks.
    public var isOpen: Bool { phase == .open }

    /// The deadline the loop should act on now: the handler's, or the linger deadline while lingering.
    var effectiveDeadline: MonotonicInstant? {
        switch phase {
        case .open, .closing: deadline
        case .lingering: lingerDeadline
        case .closed: nil
        }
    }

    /// Queued output above which a connection whose socket would block is no longer read from.
    static let outputHighWatermark = 1 << 20

    /// What the socket should be watched for in the current state.
    var desiredInterest: EventInterest {
        var interest: EventInterest = []
        switch phase {
        case .open:
            // Back-pressure: a peer that sends but does not read stops being read once its output piles up.
            let outputBacklogged = writeBlocked && pendingOutputCount > Self.outputHighWatermark
            if !isReadingPaused, !inputClosed, !outputBacklogged { interest.insert(.read) }
        case .lingering:
            interest.insert(.read)
        case .closing, .closed:
            break
        }
        if writeBlocked, phase == .open || phase == .closing { interest.insert(.write) }
        return interest
    }
}

/// A Sendable reference to a connection, for handing work back to its loop from any thread.
public struct ConnectionHandle: Sendable, Hashable {
    let loop: EventLoop
    /// The connection's ``ConnectionContext/id``.
    public let id: UInt64

    /// Runs `body` on the connection's loop thread with its handler and context, then applies the returned
    /// action and writes queued output. Nothing happens if the connection or the loop is already gone.
    public func execute(
        _ body: @escaping @Sendable (any ConnectionProtocolHandler, ConnectionContext) -> ConnectionAction
    ) {
        let id = self.id
        loop.execute { core in core.withConnection(id, body) }
    }

    /// Two handles are equal when they name the same connection.
    public static func == (lhs: ConnectionHandle, rhs: ConnectionHandle) -> Bool {
        lhs.id == rhs.id && lhs.loop === rhs.loop
    }

    /// Hashes the connection id.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }
}
