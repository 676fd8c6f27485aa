import Wire

/// One provider's fake on a real socket: the provider's paths plus the control API under `/__fake/`.
public final class FakeServer: Sendable {
    /// The provider this server fakes.
    public let descriptor: ProviderDescriptor
    /// The clock and outbox shared by the fake and the control API.
    public let environment: FakeEnvironment
    /// The fake itself, for in-process inspection.
    public let fake: any ProviderFake
    private let server: HTTPServer
    private let host: String

    /// Creates (but does not start) a fake server for `descriptor`.
    /// - Parameters:
    ///   - host: the address to bind; loopback unless told otherwise.
    ///   - port: the port, 0 for any free port.
    ///   - eventLoops: how many event-loop threads serve connections.
    public init(descriptor: ProviderDescriptor, host: String = "127.0.0.1", port: UInt16 = 0, eventLoops: Int = 1,
                environment: FakeEnvironment = FakeEnvironment()) {
        self.descriptor = descriptor
        self.host = host
        self.environment = environment
        let fake = descriptor.makeFake(environment)
        self.fake = fake
        var configuration = HTTPServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.eventLoops = eventLoops
        let control = ControlAPI(fake: fake, environment: environment)
        server = HTTPServer(configuration: configuration) { request in
            ControlAPI.owns(request) ? control.handle(request) : fake.handle(request)
        }
    }

    /// Binds and starts serving.
    public func start() throws {
        try server.start()
    }

    /// The bound port.
    public var port: UInt16 { server.port }

    /// The base URL clients use, e.g. `http://127.0.0.1:49152`.
    public var baseURL: String { "http://\(host):\(port)" }

    /// Stops accepting, finishes in-flight requests and closes every connection.
    public func shutdown() {
        server.shutdown()
    }
}
