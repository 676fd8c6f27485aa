/// A running proxy of either kind — the HTTP ``RecordingProxy``, or the ``SMTPRelay`` for an email
/// provider — behind one face for the command line.
public struct ProxyService: Sendable {
    /// The URL the app points at (`http://…` or `smtp://…`).
    public let url: String
    /// The upstream as given (`fake` or a URL).
    public let upstreamName: String
    private let observer: ProxyObserver
    private let shutdown: @Sendable () -> Void

    /// Starts the proxy `configuration` describes: an SMTP relay for an email provider, else an HTTP proxy.
    public static func start(_ configuration: ProxyConfiguration, line: @escaping @Sendable (String) -> Void,
                             hooks: [@Sendable (ForwardedExchange) -> Void] = []) throws(ProxyError) -> ProxyService {
        if configuration.provider.transport == .smtp {
            let relay = try SMTPRelay(configuration: configuration, line: line)
            try relay.start()
            return ProxyService(url: relay.url, upstreamName: relay.upstreamName, observer: relay.observer, shutdown: { relay.shutdown() })
        }
        let proxy = try RecordingProxy(configuration: configuration, line: line, hooks: hooks)
        do {
            try proxy.start()
        } catch {
            proxy.shutdown()
            throw error
        }
        return ProxyService(url: proxy.url, upstreamName: proxy.upstream.name, observer: proxy.observer, shutdown: { proxy.shutdown() })
    }

    /// Stops the proxy once every exchange in flight is answered and observed; returns what the reports need.
    public func stop() -> (results: [SpecResult], tally: ProxyTally) {
        shutdown()
        return (observer.results, observer.tally)
    }
}
