import Synchronization

/// Where and how a ``TCPServer`` listens.
public struct TCPServerConfiguration: Sendable {
    /// The address to bind; `127.0.0.1` by default.
    public var host: String
    /// The port to bind; 0 picks a free one (read it back from ``TCPServer/port``).
    public var port: UInt16
    /// How many event loop threads serve connections.
    public var eventLoops: Int
    /// How the event loops wait and wake: epoll on Linux, poll elsewhere (``EventBackend/platformDefault``).
    public var eventBackend: EventBackend = .platformDefault
    /// The listen backlog.
    public var backlog: Int32
    /// The clock deadlines are measured on; a ``ManualClock`` makes time-outs testable.
    public var clock: any MonotonicClock
    /// After an orderly close, how long input is still read and discarded so the peer can read the last bytes.
    public var lingerTimeout: Duration
    /// How long ``TCPServer/shutdown()`` lets connections finish before closing them (real time, not `clock`).
    public var shutdownGracePeriod: Duration
    /// Called on loop threads for each ``ConnectionEvent``; must be quick and must not block.
    public var connectionObserver: (@Sendable (ConnectionEvent) -> Void)?

    /// Creates a configuration; every parameter has a default suited to tests.
    public init(
        host: String = "127.0.0.1",
        port: UInt16 = 0,
        eventLoops: Int = 1,
        backlog: Int32 = 256,
        clock: any MonotonicClock = SystemClock(),
        lingerTimeout: Duration = .seconds(2),
        shutdownGracePeriod: Duration = .seconds(5),
        connectionObserver: (@Sendable (ConnectionEvent) -> Void)? = nil
    ) {
        self.host = host
        self.port = port
        self.eventLoops = eventLoops
        self.backlog = backlog
        self.clock = clock
        self.lingerTimeout = lingerTimeout
        self.shutdownGracePeriod = shutdownGracePeriod
        self.connectionObserver = connectionObserver
    }
}

/// A TCP server on the event loops (epoll or poll) that speaks whatever ``ConnectionProtocolHandler`` it is given.
///
/// ``HTTPServer`` is built on it; other protocols (SMTP) plug in the same way.
public final class TCPServer: Sendable {
    private enum State {
        case idle
        case running(group: EventLoopGroup, listenFD: Int32, port: UInt16, clockToken: UInt64?)
        case stopped
    }

    /// The configuration the server was created with.
    public let configuration: TCPServerConfiguration
    private let makeHandler: @Sendable () -> any ConnectionProtocolHandler
    private let state = Mutex(State.idle)

    /// Creates a server; `makeHandler` is called on a loop thread for each accepted connection.
    public init(configuration: TCPServerConfiguration, makeHandler: @escaping @Sendable () -> any ConnectionProtocolHandler) {
        self.configuration = configuration
        self.makeHandler = makeHandler
    }

    deinit {
        shutdown()
    }

    /// Binds, listens and starts the event loops.
    public func start() throws(ServerError) {
        try state.withLock { state throws(ServerError) in
            switch state {
            case .running: throw .alreadyStarted
            case .stopped: throw .alreadyShutDown
            case .idle: break
            }
            let configuration = self.configuration
            let (fd, port) = try SocketOperations.listen(
                host: configuration.host, port: configuration.port, backlog: configuration.backlog
            )
            let group: EventLoopGroup
            do throws(ServerError) {
                group = try EventLoopGroup(loopCount: configuration.eventLoops, clock: configuration.clock, backend: configuration.eventBackend)
            } catch {
                POSIX.close(fd)
                throw error
            }
            let listener = LoopCore.Listener(
                fd: fd, makeHandler: makeHandler, observer: configuration.connectionObserver,
                lingerTimeout: configuration.lingerTimeout
            )
            do throws(ServerError) {
                try group.addListener(listener)
            } catch {
                group.shutdown(gracePeriod: .zero) { POSIX.close(fd) }
                throw error
            }
            var clockToken: UInt64?
            if let manual = configuration.clock as? ManualClock {
                clockToken = manual.addObserver { [weak group] in group?.wakeAll() }
            }
            state = .running(group: group, listenFD: fd, port: port, clockToken: clockToken)
        }
    }

    /// The bound port once started (the real one when configured with port 0); 0 before.
    public var port: UInt16 {
        state.withLock { state in
            if case let .running(_, _, port, _) = state { return port }
            return 0
        }
    }

    /// Asks the loops to re-check deadlines now, e.g. after advancing a ``ManualClock`` (which does so itself).
    public func checkDeadlines() {
        state.withLock { state in
            if case let .running(group, _, _, _) = state { group.wakeAll() }
        }
    }

    /// Stops accepting, lets open connections finish (each protocol handler decides how), closes the rest
    /// after the grace period, and joins the loop threads. Idempotent; a server cannot be restarted.
    public func shutdown() {
        let previous = state.withLock { state -> State in
            defer { state = .stopped }
            return state
        }
        guard case let .running(group, fd, _, clockToken) = previous else { return }
        if let clockToken, let manual = configuration.clock as? ManualClock {
            manual.removeObserver(clockToken)
        }
        group.shutdown(gracePeriod: configuration.shutdownGracePeriod) { POSIX.close(fd) }
    }
}
