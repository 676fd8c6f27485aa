import Synchronization
import Wire

/// Catches an `https://` URL pointed at a plain-HTTP server before URLSession waits out its timeout and
/// reports an OpenSSL string: one plain `GET /` to the host and port, once per process.
///
/// A server that answers it with HTTP does not speak TLS on that port — unless its answer says it
/// wanted HTTPS (nginx, Cloudflare and AWS load balancers answer 400 "The plain HTTP request was sent to
/// HTTPS port"). A server that cannot be reached fails fast too; anything else (TLS alerts, a closed
/// connection, silence) is taken for a TLS server and left to URLSession.
enum PlainHTTPProbe {
    private static let verdicts = Mutex<[String: TransportError?]>([:])

    /// Nil when `host:port` may be a TLS server, else why the `https://` URL `baseURL` cannot work.
    static func problem(host: String, port: UInt16, baseURL: String, timeout: Duration = .seconds(2)) -> TransportError? {
        let key = "\(host):\(port)"
        if let known = verdicts.withLock({ $0[key] }) { return known }
        let verdict = probe(host: host, port: port, baseURL: baseURL, timeout: timeout)
        verdicts.withLock { $0[key] = verdict }
        return verdict
    }

    private static func probe(host: String, port: UInt16, baseURL: String, timeout: Duration) -> TransportError? {
        let client = HTTPClient(host: host, port: port, timeout: timeout)
        defer { client.closeIdleConnections() }
        do {
            let response = try client.send(HTTPRequest(method: "GET", target: "/"))
            if response.status == 400 && response.bodyText.lowercased().contains("https") { return nil }
            let plain = "http" + baseURL.dropFirst("https".count)
            return TransportError(message: "\(baseURL) is an https:// URL, but \(host):\(port) answers plain HTTP (HTTP \(response.status) to a plain request), "
                + "not TLS; use \(plain) or the server's TLS port")
        } catch {
            switch error {
            case .connectFailed, .cannotResolve: return TransportError(message: "\(baseURL): \(error)")
            default: return nil
            }
        }
    }
}
