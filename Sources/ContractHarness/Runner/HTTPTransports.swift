import Foundation
import Wire

/// Picks the transport for a base URL: plain sockets for `http://`, URLSession for `https://`.
public enum HTTPTransports {
    /// The transport for `baseURL`, which may carry a path prefix (`https://api.example.com/v2`).
    public static func forBaseURL(_ baseURL: String, timeout: TimeInterval = 30) throws(TransportError) -> any HTTPTransport {
        guard let url = URL(string: baseURL), let scheme = url.scheme?.lowercased(), let host = url.host else {
            throw TransportError(message: "\"\(baseURL)\" is not an http:// or https:// URL")
        }
        let prefix = url.path == "/" ? "" : url.path
        switch scheme {
        case "http":
            return SocketTransport(client: HTTPClient(host: host, port: UInt16(url.port ?? 80), timeout: .milliseconds(Int64(timeout * 1000))), pathPrefix: prefix)
        case "https":
            if let problem = PlainHTTPProbe.problem(host: host, port: UInt16(url.port ?? 443), baseURL: baseURL) { throw problem }
            return URLSessionTransport(baseURL: baseURL, timeout: timeout)
        default:
            throw TransportError(message: "\"\(baseURL)\": only http:// and https:// targets are supported for HTTP providers")
        }
    }
}
