import Wire

/// One provider's fake on real sockets: the provider's HTTP paths plus the control API under
/// `/__fake/`, or, for an email provider, an SMTP listener plus the control API on its own port.
public final class FakeServer: Sendable {
    /// The provider this server fakes.
    public let descriptor: ProviderDescriptor
    /// The clock and outbox shared by the fake and the control API.
    public let environment: FakeEnvironment
    /// The fake itself, for in-process inspection.
    public let fake: any ProviderFake
    private let http: HTTPServer
    private let smtp: SMTPServer?
    private let host: String
    private let httpHost: String
    /// The web inbox at `/__fake/ui`, with its live updates at `/__fake/events`.
    public let inbox: WebInbox
    /// The clock the servers measure time on: connection time-outs, and the delays of latency and
    /// slow-body faults. The system clock unless a test passed a ``ManualClock``.
    public let serverClock: any MonotonicClock

    /// Creates (but does not start) a fake server for `descriptor`.
    /// - Parameters:
    ///   - host: the address to bind; loopback unless told otherwise.
    ///   - port: the provider's port (the SMTP port for an email provider), 0 for any free port.
    ///   - controlPort: the control API's port for an email provider, 0 for any free port.
    ///   - eventLoops: how many event-loop threads serve connections.
    ///   - controlAccess: who may use `/__fake/`; a separate control listener binds loopback unless `.anywhere`.
    ///   - serverClock: what time-outs and faults' delays are measured on; a ``ManualClock`` holds a latency
    ///     fault's answer (and a slow body's pieces) until the test advances it. Fake time (`environment.clock`)
    ///     is separate: it times receipts, retries and lockouts, never answers.
    public init(descriptor: ProviderDescriptor, host: String = "127.0.0.1", port: UInt16 = 0, controlPort: UInt16 = 0,
                eventLoops: Int = 1, environment: FakeEnvironment = FakeEnvironment(), controlAccess: ControlAccess = .loopbackOnly,
                serverClock: any MonotonicClock = SystemClock()) {
        self.descriptor = descriptor
        self.serverClock = serverClock
        self.host = host
        self.environment = environment
        let service = descriptor.makeFake(environment)
        let fake = service.fake
        self.fake = fake
        let control = ControlAPI(fake: fake, environment: environment)
        var configuration = HTTPServerConfiguration()
        configuration.host = host
        configuration.eventLoops = eventLoops
        configuration.clock = serverClock
        if case .smtp(let handler) = service {
            configuration.port = controlPort
            configuration.host = controlAccess.controlHost(serving: host)
            var smtpConfiguration = SMTPServerConfiguration()
            smtpConfiguration.host = host
            smtpConfiguration.port = port
            smtpConfiguration.eventLoops = eventLoops
            smtpConfiguration.clock = serverClock
            smtp = SMTPServer(configuration: smtpConfiguration, handler: JournalingSMTPHandler(handler: handler, journal: environment.journal))
        } else {
            configuration.port = port
            configuration.maxBodyBytes = descriptor.maxRequestBodyBytes
            configuration.contentTooLargeResponse = descriptor.contentTooLargeResponse
            smtp = nil
        }
        httpHost = configuration.host
        let inbox = WebInbox(provider: descriptor.id, fake: fake, environment: environment)
        self.inbox = inbox
        http = HTTPServer(configuration: configuration,
                          handler: FakeRouter(fake: fake, control: control, access: controlAccess, environment: environment, inbox: inbox,
                                             clock: serverClock))
    }

    /// Binds and starts serving.
    public func start() throws(ServerError) {
        try http.start()
        environment.scheduler.start()
        do {
            try smtp?.start()
            inbox.smtpAddress = smtpURL
        } catch {
            environment.scheduler.stop()
            http.shutdown()
            throw error
        }
    }

    /// The HTTP port: the provider's API, or the control API of an email provider.
    public var port: UInt16 { http.port }

    /// The HTTP base URL, e.g. `http://127.0.0.1:49152` (the control API's, for an email provider).
    public var baseURL: String { "http://\(httpHost):\(http.port)" }

    /// The SMTP URL of an email provider, e.g. `smtp://127.0.0.1:2525`; nil for HTTP providers.
    public var smtpURL: String? { smtp.map { "smtp://\(host):\($0.port)" } }

    /// Every listener as `serve` prints it: the provider's own first, then the control API if separate.
    public var listenerURLs: [String] {
        if let smtpURL { return [smtpURL, baseURL] }
        return [baseURL]
    }

    /// The web inbox's URL, e.g. `http://127.0.0.1:49152/__fake/ui` (on the control port, for an email provider).
    public var inboxURL: String { baseURL + "/__fake/ui" }

    /// Stops accepting, finishes in-flight work and closes every connection.
    public func shutdown() {
        inbox.shutdown()
        environment.scheduler.stop()
        smtp?.shutdown()
        http.shutdown()
    }
}
