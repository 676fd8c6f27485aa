/// A plain-HTTP server address with an optional base path, e.g. `http://127.0.0.1:8080/api`.
public struct HTTPEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// The host name or address (IPv6 without brackets).
    public var host: String
    /// The TCP port.
    public var port: UInt16
    /// A path prefix for every request target, without a trailing slash; empty for none.
    public var basePath: String

    /// Creates an endpoint. A trailing slash on `basePath` is dropped.
    public init(host: String, port: UInt16 = 80, basePath: String = "") {
        self.host = host
        self.port = port
        var path = basePath
        while path.hasSuffix("/") { path.removeLast() }
        if !path.isEmpty, !path.hasPrefix("/") { path = "/" + path }
        self.basePath = path
    }

    /// Parses `http://host[:port][/base]`; a query or fragment is not allowed.
    public init(url: String) throws(HTTPClientError) {
        guard let colon = url.firstIndex(of: ":"), url[colon...].hasPrefix("://") else { throw .invalidURL(url) }
        let scheme = url[..<colon].lowercased()
        guard scheme == "http" else { throw .unsupportedScheme(scheme) }
        let rest = url[url.index(colon, offsetBy: 3)...]
        guard !rest.contains("?"), !rest.contains("#"), !rest.contains("@") else { throw .invalidURL(url) }
        let authority = rest.prefix { $0 != "/" }
        let path = String(rest[authority.endIndex...])
        var host: Substring, portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw .invalidURL(url) }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw .invalidURL(url) }
                portText = after.dropFirst()
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        } else {
            host = authority
        }
        guard !host.isEmpty else { throw .invalidURL(url) }
        var port: UInt16 = 80
        if let portText {
            guard let parsed = UInt16(portText), parsed > 0 else { throw .invalidURL(url) }
            port = parsed
        }
        self.init(host: String(host), port: port, basePath: path)
    }

    /// The `Host` header value: `host[:port]`, the port omitted when 80, IPv6 in brackets.
    public var hostHeader: String {
        let name = host.contains(":") ? "[\(host)]" : host
        return port == 80 ? name : "\(name):\(port)"
    }

    /// The request target for `target`: the base path prefixed to an origin-form target.
    public func requestTarget(for target: String) -> String {
        if target.isEmpty { return basePath.isEmpty ? "/" : basePath }
        guard target.hasPrefix("/") || target.hasPrefix("?") else { return target } // Absolute form, or `*`.
        return basePath + target
    }

    /// The endpoint as a URL, e.g. `http://127.0.0.1:8080/api`.
    public var description: String { "http://\(hostHeader)\(basePath)" }
}
