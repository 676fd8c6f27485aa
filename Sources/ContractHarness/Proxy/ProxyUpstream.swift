import Foundation
import Providers
import Wire

/// Where the proxy forwards the app's requests: a plain-HTTP server over kept-alive sockets, an HTTPS
/// one through URLSession, or the built-in fake started in process (on a loopback socket), so the same
/// command works offline. A plain-HTTP upstream and the fake are also reachable from the proxy's event
/// loops without blocking (``loopClient``).
public final class ProxyUpstream: Sendable {
    /// How an upstream is spelled on the command line: a URL, or `fake`.
    public let name: String
    private let send: @Sendable (HTTPRequest) throws -> HTTPResponse
    private let stop: @Sendable () -> Void
    /// The fake server, when the upstream is `fake` (its control API stays reachable for tests).
    public let fakeServer: FakeServer?
    /// For a plain-HTTP upstream and the fake: a client that forwards on the event loop serving the app's
    /// connection, with no thread hand-off (nil for HTTPS, which goes through ``forward(_:)`` on a thread).
    public let loopClient: EventLoopHTTPClient?

    private init(name: String, fakeServer: FakeServer? = nil, loopClient: EventLoopHTTPClient? = nil, stop: @escaping @Sendable () -> Void = {},
                 send: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse) {
        self.name = name
        self.fakeServer = fakeServer
        self.loopClient = loopClient
        self.stop = stop
        self.send = send
    }

    /// Opens the upstream `spec` (`fake`, `http://…` or `https://…`) for `provider`.
    /// - Parameters:
    ///   - connections: how many kept-alive connections to an HTTP upstream are kept for reuse (by the
    ///     blocking client, and by each event loop's ``loopClient``).
    ///   - certificateAuthority: a PEM file of the CA an `https://` upstream's certificate chains to
    ///     (`--upstream-ca`), for a sandbox or corporate upstream with a private CA; checked here.
    public static func open(_ spec: String, provider: ProviderDescriptor, connections: Int = 256,
                            certificateAuthority: String? = nil) throws(ProxyError) -> ProxyUpstream {
        let lowered = spec.lowercased()
        if let certificateAuthority, !lowered.hasPrefix("https://") {
            throw ProxyError("--upstream-ca \(certificateAuthority) applies to an https:// upstream only, not \(spec)")
        }
        if spec == "fake" {
            let server = FakeServer(descriptor: provider, eventLoops: 1)
            do {
                try server.start()
            } catch {
                throw ProxyError("cannot start the built-in \(provider.id) fake: \(error)")
            }
            return plainHTTP(name: "fake", endpoint: HTTPEndpoint(host: "127.0.0.1", port: server.port), connections: connections,
                             fakeServer: server, stop: { server.shutdown() })
        }
        if lowered.hasPrefix("http://") {
            let endpoint: HTTPEndpoint
            do {
                endpoint = try HTTPEndpoint(url: spec)
            } catch {
                throw ProxyError("--upstream \(spec): \(error)")
            }
            return plainHTTP(name: spec, endpoint: endpoint, connections: connections)
        }
        if lowered.hasPrefix("https://") {
            guard URL(string: spec)?.host != nil else { throw ProxyError("--upstream \(spec) is not a URL") }
            let authority = try certificateAuthority.map { path throws(ProxyError) in try UpstreamCertificateAuthority.load(path) }
            let transport = try HTTPSUpstreamTransport.make(spec, trusting: authority, connections: connections)
            return ProxyUpstream(name: spec) { request in
                do {
                    return try transport.send(request)
                } catch let error as TransportError where error.untrustedCertificate {
                    throw ProxyError(HTTPSUpstreamTransport.untrustedMessage(error.message, authority: authority))
                }
            }
        }
        throw ProxyError("--upstream must be fake, an http:// or https:// URL (or smtp://host:port for rox-email), got \"\(spec)\"")
    }

    /// A plain-HTTP upstream (a URL's, or the in-process fake's): the blocking client behind ``forward(_:)``
    /// and the event-loop one, both keeping up to `connections` idle connections.
    private static func plainHTTP(name: String, endpoint: HTTPEndpoint, connections: Int, fakeServer: FakeServer? = nil,
                                  stop: @escaping @Sendable () -> Void = {}) -> ProxyUpstream {
        let client = HTTPClient(endpoint: endpoint, maxIdleConnections: connections)
        let loopClient = EventLoopHTTPClient(endpoint: endpoint, maxIdleConnectionsPerLoop: connections)
        return ProxyUpstream(name: name, fakeServer: fakeServer, loopClient: loopClient, stop: stop) { request in try client.send(request) }
    }

    /// Forwards `request` and waits for the upstream's answer. Throws when there is none (refused,
    /// reset, timed out): the proxy answers 502 then.
    public func forward(_ request: HTTPRequest) throws -> HTTPResponse {
        try send(request)
    }

    /// Stops the in-process fake, if any.
    public func close() {
        stop()
    }
}

/// A proxy that cannot start or a flag it cannot use: says what and how to fix it.
public struct ProxyError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
