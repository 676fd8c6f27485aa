/// Where an ``HTTPServer`` listens, its limits and its time-outs.
public struct HTTPServerConfiguration: Sendable {
    /// The address to bind; `127.0.0.1` by default.
    public var host: String
    /// The port to bind; 0 picks a free one (read it back from ``HTTPServer/port``).
    public var port: UInt16
    /// How many event loop threads serve connections: 1 suits tests, ``recommendedEventLoops`` serving.
    public var eventLoops: Int
    /// How the event loops wait and wake: epoll on Linux, poll elsewhere (``EventBackend/platformDefault``).
    public var eventBackend: EventBackend = .platformDefault
    /// The largest header section (request line included) accepted; larger gets 431.
    public var maxHeaderBytes: Int
    /// The largest body accepted; larger gets 413 (for chunked bodies as soon as the total exceeds it).
    public var maxBodyBytes: Int
    /// The answer to a body over ``maxBodyBytes``, given the limit, in the API's own shape; nil sends
    /// a bare `413 text/plain`. The connection closes after it either way (the body is never read).
    public var contentTooLargeResponse: (@Sendable (_ limit: Int) -> HTTPResponse)?
    /// How long a keep-alive connection may sit with no request before it is closed silently.
    public var idleTimeout: Duration
    /// How long a request may take from its first byte to its last before the server answers 408 and closes.
    public var requestTimeout: Duration
    /// The listen backlog.
    public var backlog: Int32
    /// The clock time-outs are measured on; a ``ManualClock`` makes them testable without sleeping.
    public var clock: any MonotonicClock
    /// How many requests of one connection may await their responses before the server stops reading more.
    public var maxPipelinedRequests: Int
    /// How long ``HTTPServer/shutdown()`` lets in-flight requests finish (real time).
    public var shutdownGracePeriod: Duration
    /// After answering with `Connection: close`, how long further input is read and discarded so the client
    /// can read the response instead of receiving a reset.
    public var lingerTimeout: Duration
    /// Called on loop threads for each ``ConnectionEvent``; must be quick and must not block.
    public var connectionObserver: (@Sendable (ConnectionEvent) -> Void)?

    /// A sensible loop count for serving: one per core, at most two.
    public static var recommendedEventLoops: Int { EventLoopGroup.defaultServingLoopCount }

    /// Creates a configuration; every parameter has a default suited to tests.
    public init(
        host: String = "127.0.0.1",
        port: UInt16 = 0,
        eventLoops: Int = 1,
        maxHeaderBytes: Int = 16 * 1024,
        maxBodyBytes: Int = 1 << 20,
        idleTimeout: Duration = .seconds(60),
        requestTimeout: Duration = .seconds(30),
        backlog: Int32 = 256,
        clock: any MonotonicClock = SystemClock(),
        maxPipelinedRequests: Int = 32,
        shutdownGracePeriod: Duration = .seconds(5),
        lingerTimeout: Duration = .seconds(2),
        connectionObserver: (@Sendable (ConnectionEvent) -> Void)? = nil
    ) {
        self.host = host
        self.port = port
        self.eventLoops = eventLoops
        self.maxHeaderBytes = maxHeaderBytes
        self.maxBodyBytes = maxBodyBytes
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
        self.backlog = backlog
        self.clock = clock
        self.maxPipelinedRequests = maxPipelinedRequests
        self.shutdownGracePeriod = shutdownGracePeriod
        self.lingerTimeout = lingerTimeout
        self.connectionObserver = connectionObserver
        self.contentTooLargeResponse = nil
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
