/// An HTTP/1.1 server on the epoll event loops: keep-alive, pipelining, chunked bodies, `100-continue`,
/// strict framing checks, and time-outs on an injectable clock.
public final class HTTPServer: Sendable {
    /// The configuration the server was created with.
    public let configuration: HTTPServerConfiguration
    private let tcp: TCPServer

    /// Creates a server that passes each request to `handler`. Call ``start()`` to listen.
    public init(configuration: HTTPServerConfiguration, handler: any HTTPHandler) {
        self.configuration = configuration
        let settings = HTTPConnectionHandler.Settings(configuration)
        tcp = TCPServer(configuration: configuration.tcp) {
            HTTPConnectionHandler(settings: settings, handler: handler)
        }
    }

    /// Creates a server answering every request synchronously with `respond`.
    public convenience init(configuration: HTTPServerConfiguration, respond: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.init(configuration: configuration, handler: ClosureHTTPHandler(respond))
    }

    /// Binds, listens and starts the event loops; throws ``ServerError`` (address in use, etc.).
    public func start() throws(ServerError) {
        try tcp.start()
    }

    /// The bound port once started (the real one when configured with port 0); 0 before.
    public var port: UInt16 { tcp.port }

    /// Asks the loops to re-check time-outs now. Advancing a ``ManualClock`` already does this.
    public func checkDeadlines() {
        tcp.checkDeadlines()
    }

    /// Graceful and idempotent: stops accepting, lets in-flight requests finish and answers them with
    /// `Connection: close`, closes idle connections, force-closes what is left after the grace period, and
    /// joins the loop threads.
    public func shutdown() {
        tcp.shutdown()
    }
}
