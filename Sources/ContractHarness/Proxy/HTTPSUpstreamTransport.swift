import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Wire

/// The transport to an `https://` upstream: URLSession trusting the system's CAs, or, with
/// `--upstream-ca`, one that also trusts a private CA — URLSession with ``AnchoredTrustDelegate`` on
/// Darwin, ``CurlTransport`` (the libcurl FoundationNetworking links) on Linux, where URLSession has no
/// way to be told a CA.
enum HTTPSUpstreamTransport {
    /// The transport for `baseURL`, trusting `authority` when given; an error where that is not supported.
    static func make(_ baseURL: String, trusting authority: UpstreamCertificateAuthority?, connections: Int) throws(ProxyError) -> any HTTPTransport {
        guard let authority else { return URLSessionUpstream(transport: URLSessionTransport(baseURL: baseURL, timeout: 30)) }
        #if canImport(Darwin) && canImport(Security)
        var transport = URLSessionTransport(baseURL: baseURL, timeout: 30)
        transport.session = AnchoredTrustDelegate.session(trusting: authority)
        return URLSessionUpstream(transport: transport)
        #elseif canImport(Glibc) || canImport(Musl)
        guard let transport = CurlTransport(baseURL: baseURL, caFile: authority.path, maxIdle: connections) else {
            throw ProxyError("--upstream-ca is not supported on this platform: it needs libcurl (libcurl.so.4), which could not be loaded")
        }
        return transport
        #else
        throw ProxyError("--upstream-ca is not supported on this platform; add the CA to the system's trust store instead")
        #endif
    }

    /// What the app's 502 and the terminal line say when the upstream's certificate was not trusted.
    static func untrustedMessage(_ detail: String, authority: UpstreamCertificateAuthority?) -> String {
        if let authority {
            return "the upstream's TLS certificate was not trusted, even with --upstream-ca \(authority.path) (\(detail)); that file must hold the CA that signed the upstream's certificate"
        }
        return "the upstream's TLS certificate was not trusted (\(detail)); if a private CA signed it, start the proxy with --upstream-ca FILE (that CA's certificate, PEM)"
    }
}

/// URLSession as the proxy's upstream client: it frames the body itself and undoes content codings
/// without saying so, so none are asked for, and the app gets the body as received with its real length.
struct URLSessionUpstream: HTTPTransport {
    let transport: URLSessionTransport

    func send(_ request: HTTPRequest) throws -> HTTPResponse {
        var request = request
        request.headers.remove("Transfer-Encoding")
        request.headers.remove("Accept-Encoding")
        var response = try transport.send(request)
        for name in ["Transfer-Encoding", "Content-Encoding", "Content-Length"] { response.headers.remove(name) }
        return response
    }
}
