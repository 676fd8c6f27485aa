/// An SMTP server (RFC 5321 with SIZE, 8BITMIME, PIPELINING and ENHANCEDSTATUSCODES) on the epoll event loops.
///
/// Each connection is a state machine driven by the loop, not a thread: many clients cost no threads. What is
/// accepted is up to the ``SMTPHandler``; the server knows nothing of what the mail is for.
public final class SMTPServer: Sendable {
    /// The configuration the server was created with.
    public let configuration: SMTPServerConfiguration
    private let tcp: TCPServer

    /// Creates a server that asks `handler` about each sender, recipient and message. Call ``start()`` to listen.
    public init(configuration: SMTPServerConfiguration, handler: any SMTPHandler) {
        self.configuration = configuration
        let settings = SMTPSession.Settings(configuration)
        let idleTimeout = configuration.idleTimeout
        tcp = TCPServer(configuration: configuration.tcp) {
            SMTPConnectionHandler(session: SMTPSession(settings: settings, handler: handler), idleTimeout: idleTimeout)
        }
    }

    /// Binds, listens and starts the event loops; throws ``ServerError`` (address in use, etc.).
    public func start() throws(ServerError) {
        try tcp.start()
    }

    /// The bound port once started (the real one when configured with port 0); 0 before.
    public var port: UInt16 { tcp.port }

    /// Asks the loops to re-check idle time-outs now. Advancing a ``ManualClock`` already does this.
    public func checkDeadlines() {
        tcp.checkDeadlines()
    }

    /// Graceful and idempotent: stops accepting, tells every open session `421 4.3.2` and closes it (a message
    /// still being received is dropped, as RFC 5321 lets a server do), and joins the loop threads.
    public func shutdown() {
        tcp.shutdown()
    }
}
