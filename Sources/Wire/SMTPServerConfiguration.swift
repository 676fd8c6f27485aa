/// Where an ``SMTPServer`` listens, how it names itself, its limits and its time-out.
public struct SMTPServerConfiguration: Sendable {
    /// The address to bind; `127.0.0.1` by default.
    public var host: String
    /// The port to bind; 0 picks a free one (read it back from ``SMTPServer/port``).
    public var port: UInt16
    /// How many event loop threads serve connections.
    public var eventLoops: Int
    /// How the event loops wait and wake: epoll on Linux, poll elsewhere (``EventBackend/platformDefault``).
    public var eventBackend: EventBackend = .platformDefault
    /// The name the server gives in its greeting and its EHLO reply.
    public var hostname: String
    /// The longest text line accepted inside DATA, CRLF included (RFC 5321 §4.5.3.1.6: 1000). A message with a
    /// longer line is refused with `554 5.6.0` after its terminating dot.
    public var maxLineBytes: Int
    /// The longest command line accepted, CRLF included (RFC 5321 §4.5.3.1.4: 512). Longer lines are answered
    /// `500 5.5.2 Line too long` and discarded.
    public var maxCommandLineBytes: Int
    /// The largest message accepted, advertised as `SIZE`; a larger one is refused with `552 5.3.4`.
    public var maxMessageBytes: Int
    /// How many recipients one transaction may have; the next gets `452 4.5.3`.
    public var maxRecipients: Int
    /// How long a client may go without completing a line before the server says `421 4.4.2` and closes
    /// (RFC 5321: 5 minutes); bytes that do not finish a line do not restart it.
    public var idleTimeout: Duration
    /// The clock the idle time-out is measured on; a ``ManualClock`` makes it testable without sleeping.
    public var clock: any MonotonicClock
    /// The listen backlog.
    public var backlog: Int32
    /// How long ``SMTPServer/shutdown()`` waits for connections to close after telling them `421` (real time).
    public var shutdownGracePeriod: Duration
    /// After the last reply of a connection, how long input is still read and discarded so the client can read it.
    public var lingerTimeout: Duration
    /// Called on loop threads for each ``ConnectionEvent``; must be quick and must not block.
    public var connectionObserver: (@Sendable (ConnectionEvent) -> Void)?

    /// Creates a configuration; every parameter has a default suited to tests.
    public init(
        host: String = "127.0.0.1",
        port: UInt16 = 0,
        eventLoops: Int = 1,
        hostname: String = "smscontract.local",
        maxLineBytes: Int = 1000,
        maxCommandLineBytes: Int = 512,
        maxMessageBytes: Int = 10 << 20,
        maxRecipients: Int = 100,
        idleTimeout: Duration = .seconds(300),
        clock: any MonotonicClock = SystemClock(),
        backlog: Int32 = 256,
        shutdownGracePeriod: Duration = .seconds(5),
        lingerTimeout: Duration = .seconds(2),
        connectionObserver: (@Sendable (ConnectionEvent) -> Void)? = nil
    ) {
        self.host = host
        self.port = port
        self.eventLoops = eventLoops
        self.hostname = hostname
        self.maxLineBytes = maxLineBytes
        self.maxCommandLineBytes = maxCommandLineBytes
        self.maxMessageBytes = maxMessageBytes
        self.maxRecipients = maxRecipients
        self.idleTimeout = idleTimeout
        self.clock = clock
        self.backlog = backlog
        self.shutdownGracePeriod = shutdownGracePeriod
        self.lingerTimeout = lingerTimeout
        self.connectionObserver = connectionObserver
    }

    /// The transport part, for the underlying ``TCPServer``.
    var tcp: TCPServerConfiguration {
        var tcp = TCPServerConfiguration(
            host: host, port: port, eventLoops: eventLoops, backlog: backlog, clock: clock,
            lingerTimeout: lingerTimeout, shutdownGracePeriod: shutdownGracePeriod, connectionObserver: connectionObserver
        )
        tcp.eventBackend = eventBackend
        return tcp
    }
}
