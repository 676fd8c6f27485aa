#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The loop-thread side of an event loop: waits on the ``EventQueue``, accepts, reads, writes and fires
/// deadlines. Confined to one thread; other threads reach it only through ``EventLoop/execute(_:)``.
final class LoopCore {
    /// A listening socket shared by the loops of a group, and how to serve its connections.
    struct Listener {
        var fd: Int32
        var makeHandler: @Sendable () -> any ConnectionProtocolHandler
        var observer: (@Sendable (ConnectionEvent) -> Void)?
        var lingerTimeout: Duration
    }

    /// What a token registered with the queue stands for.
    enum Registration {
        case waker
        case listener(Listener)
        case connection(ConnectionContext)
    }

    /// The token the loop's waker is registered under.
    static let wakerToken: UInt64 = 0
    private static let tokenCounter = Atomic<UInt64>(1)

    let loop: EventLoop
    let clock: any MonotonicClock
    var queue: any EventQueue
    var registrations: [UInt64: Registration] = [:]
    var timers = DeadlineHeap()
    /// Work waiting in `timers` for an instant of the clock, by its token (see `LoopCore+Timers.swift`).
    var scheduledTasks: [UInt64: @Sendable (LoopCore) -> Void] = [:]
    let readBuffer: UnsafeMutableRawBufferPointer
    private var events: [ReadyEvent] = []
    /// No longer accepting; the loop ends once the last connection is gone.
    private(set) var isStopping = false
    /// The loop has ended (or is about to).
    private(set) var isFinished = false
    /// Connections currently registered.
    var connectionCount = 0
    /// Listeners taken out of the queue because accepting ran out of descriptors (real-time back-off).
    private var pausedListeners: [UInt64: Listener] = [:]
    private var listenersPausedUntil = MonotonicInstant(nanoseconds: 0)
    /// How long a listener rests after `EMFILE` and the like, so a level-triggered listener cannot spin.
    static let acceptRetryDelay = Duration.milliseconds(100)

    /// Accepts one connection on a listener: the backend's `accept4` or `accept` with `fcntl`.
    let acceptConnection: @Sendable (Int32) -> (fd: Int32, address: SocketAddress)

    init(
        loop: EventLoop, queue: some EventQueue, clock: any MonotonicClock, readBufferSize: Int = 64 * 1024,
        accept: @escaping @Sendable (Int32) -> (fd: Int32, address: SocketAddress) = EventBackend.platformDefault.accept
    ) throws(ServerError) {
        var queue = queue
        try queue.add(loop.waker.readFD, token: Self.wakerToken, interest: .read)
        self.acceptConnection = accept
        self.loop = loop
        self.queue = queue
        self.clock = clock
        self.readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1024, readBufferSize), alignment: 16)
        registrations[Self.wakerToken] = .waker
    }

    deinit {
        readBuffer.deallocate()
    }

    /// A token no other registration in the process uses, so a stale event can never reach a new connection.
    static func makeToken() -> UInt64 {
        tokenCounter.wrappingAdd(1, ordering: .relaxed).newValue
    }

    /// Runs until the loop finishes, then closes what is left and releases the queue.
    func run() {
        loop.recordCurrentThread()
        while runOnce() {}
        forceCloseAll()
        _ = loop.markStopped()
        queue.close()
    }

    /// Waits once for readiness (bounded by the next deadline), handles what is ready, fires due deadlines.
    /// Returns false once the loop is finished.
    @discardableResult
    func runOnce() -> Bool {
        guard !isFinished else { return false }
        var timeout: Duration? = timers.first.map { $0.instant - clock.now }
        if !pausedListeners.isEmpty { timeout = min(timeout ?? Self.acceptRetryDelay, Self.acceptRetryDelay) }
        do {
            try queue.wait(timeout: timeout, into: &events)
        } catch {
            isFinished = true
            return false
        }
        resumeListeners()
        for event in events {
            dispatch(event)
        }
        processDeadlines()
        if isStopping, connectionCount == 0 { isFinished = true }
        return !isFinished
    }

    private func dispatch(_ event: ReadyEvent) {
        switch registrations[event.token] {
        case .waker?:
            for task in loop.drainWakeups() { task(self) }
        case let .listener(listener)?:
            acceptConnections(listener, token: event.token)
        case let .connection(connection)?:
            handle(event, for: connection)
        case nil:
            break // Closed earlier in this batch.
        }
    }

    // MARK: Listeners

    /// Starts accepting on `listener.fd` in this loop (exclusive wake-ups, so one loop takes each connection).
    func addListener(_ listener: Listener) throws(ServerError) {
        let token = Self.makeToken()
        try queue.add(listener.fd, token: token, interest: [.read, .exclusive])
        registrations[token] = .listener(listener)
    }

    private func acceptConnections(_ listener: Listener, token: UInt64) {
        for _ in 0..<64 {
            let (fd, address) = acceptConnection(listener.fd)
            if fd < 0 {
                let code = currentErrno
                if code == EINTR || code == ECONNABORTED { continue }
                if code == EMFILE || code == ENFILE || code == ENOBUFS || code == ENOMEM {
                    // Out of descriptors or memory: stop watching the listener for a moment instead of spinning.
                    try? queue.remove(listener.fd)
                    registrations[token] = nil
                    pausedListeners[token] = listener
                    listenersPausedUntil = SystemClock().now + Self.acceptRetryDelay
                }
                return // EAGAIN: another loop took it, or none left.
            }
            SocketOperations.setNoDelay(fd)
            adopt(fd: fd, peerAddress: address.host, listener: listener)
        }
    }

    /// Registers an accepted (non-blocking) socket and tells a fresh protocol handler about it.
    func adopt(fd: Int32, peerAddress: String?, listener: Listener) {
        let token = Self.makeToken()
        let connection = ConnectionContext(
            fd: fd, token: token, peerAddress: peerAddress, loop: loop, clock: clock,
            observer: listener.observer, lingerTimeout: listener.lingerTimeout, handler: listener.makeHandler()
        )
        do {
            try queue.add(fd, token: token, interest: .read)
        } catch {
            POSIX.close(fd)
            return
        }
        connection.registeredInterest = .read
        registrations[token] = .connection(connection)
        connectionCount += 1
        let action = connection.handler.connectionOpened(connection)
        // Reported after the handler has set its deadline, so a test that saw the event can move the clock.
        connection.observer?(.opened(id: connection.id, peer: peerAddress))
        complete(connection, action)
    }

    private func resumeListeners() {
        guard !pausedListeners.isEmpty, !isStopping, SystemClock().now >= listenersPausedUntil else { return }
        for (token, listener) in pausedListeners {
            do {
                try queue.add(listener.fd, token: token, interest: [.read, .exclusive])
                registrations[token] = .listener(listener)
                pausedListeners[token] = nil
            } catch {
                continue // Still failing: try again after the next wait.
            }
        }
    }

    // MARK: Shutdown

    /// Stops accepting and asks every connection to finish up; the loop ends when the last one closes.
    func beginShutdown() {
        guard !isStopping else { return }
        isStopping = true
        pausedListeners.removeAll()
        for (token, registration) in registrations {
            guard case let .listener(listener) = registration else { continue }
            try? queue.remove(listener.fd)
            registrations[token] = nil
        }
        for connection in openConnections() {
            if connection.phase == .lingering {
                closeNow(connection, reset: false)
                continue
            }
            guard connection.phase == .open else { continue }
            connection.observer?(.draining(id: connection.id))
            complete(connection, connection.handler.shutdownRequested(connection))
        }
        if connectionCount == 0 { isFinished = true }
    }

    /// Closes every connection at once and ends the loop.
    func forceCloseAll() {
        for connection in openConnections() {
            closeNow(connection, reset: false)
        }
        isStopping = true
        isFinished = true
    }

    private func openConnections() -> [ConnectionContext] {
        registrations.values.compactMap { registration in
            if case let .connection(connection) = registration { return connection }
            return nil
        }
    }

    // MARK: Cross-thread work

    /// Runs `body` for the open connection `id`, then applies its action; does nothing if it is gone.
    func withConnection(_ id: UInt64, _ body: (any ConnectionProtocolHandler, ConnectionContext) -> ConnectionAction) {
        guard case let .connection(connection)? = registrations[id], connection.phase == .open else { return }
        complete(connection, body(connection.handler, connection))
    }

    // MARK: Deadlines

    /// Fires every deadline (and runs every scheduled task) that is due by the clock; re-arms deadlines that moved later.
    func processDeadlines() {
        let now = clock.now
        while let entry = timers.popDue(at: now) {
            if runScheduledTask(entry.token) { continue }
            guard case let .connection(connection)? = registrations[entry.token],
                  connection.scheduledDeadline == entry.instant
            else { continue }
            connection.scheduledDeadline = nil
            guard let deadline = connection.effectiveDeadline else { continue }
            guard deadline <= now else {
                scheduleDeadline(connection)
                continue
            }
            switch connection.phase {
            case .open:
                connection.deadline = nil
                complete(connection, connection.handler.deadlineReached(connection))
            case .closing:
                closeNow(connection, reset: true) // The peer has not read the last output in time.
            case .lingering:
                closeNow(connection, reset: false)
            case .closed:
                break
            }
        }
    }

    /// Makes sure the heap holds an entry no later than the connection's effective deadline.
    func scheduleDeadline(_ connection: ConnectionContext) {
        guard let deadline = connection.effectiveDeadline else { return }
        if let scheduled = connection.scheduledDeadline, scheduled <= deadline { return }
        timers.push(deadline, token: connection.token)
        connection.scheduledDeadline = deadline
    }
}
