import Foundation
import Providers
import Synchronization
import Wire

/// `smscontract proxy` for an HTTP provider: an HTTP/1.1 server the app points at instead of the
/// provider. Each request is forwarded to the upstream and its answer returned to the app as received
/// (only hop-by-hop fields and `Host` change); then, off that path, the ``ProxyObserver`` compares it
/// with the shadow fake, checks the request against the provider's rules and records it.
///
/// Requests and responses are read whole before they are passed on (bodies up to 64 MiB answered, 1 MiB
/// sent), so nothing is streamed byte by byte; keep-alive and pipelining hold on both sides, chunked
/// requests are forwarded chunked (with their trailers) and chunked responses are returned chunked.
public final class RecordingProxy: Sendable {
    /// What the proxy was started with.
    public let configuration: ProxyConfiguration
    /// Where it forwards.
    public let upstream: ProxyUpstream
    /// What looks at each exchange.
    public let observer: ProxyObserver
    private let server: HTTPServer
    /// Threads for an HTTPS upstream's blocking calls; none for plain HTTP and the fake, forwarded on the event loops.
    private let pool: ForwardingPool?

    /// Creates a proxy (the upstream is opened, the listener is not yet bound: call ``start()``).
    /// - Parameters:
    ///   - line: receives each terminal line (drift, nonconformance, refusals, errors).
    ///   - hooks: see each exchange before it is examined (e.g. a lockout ledger).
    public init(configuration: ProxyConfiguration, line: @escaping @Sendable (String) -> Void = { _ in },
                hooks: [@Sendable (ForwardedExchange) -> Void] = []) throws(ProxyError) {
        guard configuration.provider.transport == .http else {
            throw ProxyError("\(configuration.provider.id) is reached over SMTP; use SMTPRelay (smscontract proxy does this for rox-email)")
        }
        self.configuration = configuration
        let upstream = try ProxyUpstream.open(configuration.upstream, provider: configuration.provider, connections: configuration.forwardingThreads * 2,
                                             certificateAuthority: configuration.upstreamCertificateAuthority)
        self.upstream = upstream
        let examination: HTTPExchangeExamination
        do {
            examination = try HTTPExchangeExamination(configuration: configuration, target: upstream.name, hooks: hooks)
        } catch {
            upstream.close()
            throw error
        }
        observer = ProxyObserver(maxBacklog: configuration.maxObservationBacklog, shadowed: configuration.shadow, line: line)
        let pool = upstream.loopClient == nil ? ForwardingPool(threads: configuration.forwardingThreads) : nil
        self.pool = pool
        var serverConfiguration = HTTPServerConfiguration(host: configuration.host, port: configuration.port, eventLoops: configuration.eventLoops)
        serverConfiguration.maxPipelinedRequests = 32
        let handler = ForwardingHandler(upstream: upstream, observer: observer, examination: examination, pool: pool, sendCap: configuration.sendCap,
                                        destinations: configuration.provider.destinationNumbers, now: configuration.now)
        server = HTTPServer(configuration: serverConfiguration, handler: handler)
    }

    /// Binds and starts serving.
    public func start() throws(ProxyError) {
        do {
            try server.start()
        } catch {
            throw ProxyError("cannot listen on \(configuration.host):\(configuration.port): \(error)")
        }
    }

    /// The bound port.
    public var port: UInt16 { server.port }

    /// The URL the app points at, e.g. `http://127.0.0.1:8080`.
    public var url: String { "http://\(configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host):\(port)" }

    /// Stops listening, lets in-flight exchanges finish, observes what is queued, and stops the upstream.
    public func shutdown() {
        server.shutdown()
        pool?.stop()
        observer.drain()
        upstream.close()
    }
}

/// Forwards each request and answers the app, then queues the exchange for the observer. A plain-HTTP
/// upstream (and the fake) is reached on the event loop serving the app's connection, with no thread
/// hand-off; an HTTPS one on a pool thread, since URLSession blocks.
private struct ForwardingHandler: HTTPHandler {
    let upstream: ProxyUpstream
    let observer: ProxyObserver
    let examination: HTTPExchangeExamination
    let pool: ForwardingPool?
    let sendCap: LiveSendGuard?
    let destinations: DestinationNumbers
    /// The time each request is received at: the cassette's `recorded_at`, whose gaps specs from traffic replay.
    let now: @Sendable () -> Date
    let sequence = ExchangeSequencer()

    func handle(_ request: HTTPRequest, responder: HTTPResponder) {
        let receivedAt = now()
        if let refusal = refusal(request) {
            answer(request, with: refusal.response, outcome: refusal.outcome, seconds: 0, receivedAt: receivedAt, responder: responder)
            return
        }
        let started = ContinuousClock.now
        let forwarded = HopByHopHeaders.upstreamRequest(request)
        if let client = upstream.loopClient {
            client.send(forwarded, answering: responder) { [self] result in
                let (response, outcome) = Self.settle(result.mapError { $0 as any Error }, upstream: upstream.name)
                answer(request, with: response, outcome: outcome, seconds: Self.seconds(since: started), receivedAt: receivedAt, responder: responder)
            }
            return
        }
        pool?.submit { [self] in
            let (response, outcome) = Self.settle(Result { try upstream.forward(forwarded) }, upstream: upstream.name)
            answer(request, with: response, outcome: outcome, seconds: Self.seconds(since: started), receivedAt: receivedAt, responder: responder)
        }
    }

    private func answer(_ request: HTTPRequest, with response: HTTPResponse, outcome: ForwardedExchange.Outcome, seconds: Double,
                        receivedAt: Date, responder: HTTPResponder) {
        // Queued before the answer leaves, so an exchange the app has seen is one a shutdown waits for.
        let exchange = ForwardedExchange(sequence: sequence.next(), request: request, outcome: outcome, upstreamSeconds: seconds, receivedAt: receivedAt)
        observer.submit { [examination] in examination.examine(exchange) }
        responder.send(response)
    }

    /// The 403 for a request `--max-sends` or `--allow-numbers` refuses, if it is refused.
    private func refusal(_ request: HTTPRequest) -> (response: HTTPResponse, outcome: ForwardedExchange.Outcome)? {
        guard let sendCap else { return nil }
        let numbers = destinations.extract(.http(request))
        guard !numbers.isEmpty, let refusal = sendCap.permit(numbers) else { return nil }
        let reason = refusal.replacingOccurrences(of: "SMSCONTRACT_LIVE_MAX_SENDS", with: "--max-sends")
            .replacingOccurrences(of: "SMSCONTRACT_LIVE_ALLOWED_NUMBERS", with: "--allow-numbers")
        let response = HTTPResponse(status: 403, contentType: "text/plain; charset=utf-8",
                                    text: "smscontract proxy: not forwarded: \(reason)\n", headers: ["X-SMSContract-Proxy": "refused"])
        return (response, .refused(reason))
    }

    /// What the app gets for the upstream's answer (or a 502 saying why there is none), and what is recorded.
    private static func settle(_ result: Result<HTTPResponse, any Error>, upstream: String) -> (HTTPResponse, ForwardedExchange.Outcome) {
        switch result {
        case let .success(response):
            return (HopByHopHeaders.downstreamResponse(response), .answered(response))
        case let .failure(error):
            let reason = "\(error)"
            let response = HTTPResponse(status: 502, contentType: "text/plain; charset=utf-8",
                                        text: "smscontract proxy: the upstream \(upstream) gave no answer: \(reason)\n",
                                        headers: ["X-SMSContract-Proxy": "upstream-failed"])
            return (response, .upstreamFailed(reason))
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
