import Providers

/// The built-in fake: a fresh fake server on a loopback port for each spec, so specs never share state.
/// Its clock is frozen at the start: fake time moves only when a spec advances it, so every
/// lockout, schedule and receipt in a spec happens at the same moment on every run.
public struct FakeTarget: SpecTarget {
    public var kind: SpecTargetKind { .fake }

    /// Creates the target.
    public init() {}

    public func open(_ provider: ProviderDescriptor) throws(TargetUnavailable) -> TargetSession {
        let server = FakeServer(descriptor: provider, environment: FakeEnvironment(clock: FakeClock(frozen: true)))
        do {
            try server.start()
            let transport = try HTTPTransports.forBaseURL(server.baseURL)
            let smtp = try server.smtpURL.map { url throws(TransportError) in try SMTPEndpoints.parse(url) }
            let credentials = Dictionary(uniqueKeysWithValues: provider.credentials.map { ($0.name, $0.fakeValue) })
            return TargetSession(transport: transport, smtp: smtp, targetName: "fake", credentials: credentials,
                                 control: FakeControlClient(transport: transport), close: { server.shutdown() })
        } catch {
            server.shutdown()
            throw TargetUnavailable(reason: "could not start the \(provider.id) fake: \(error)", isSkip: false)
        }
    }
}
