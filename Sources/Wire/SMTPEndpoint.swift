/// An SMTP server address, e.g. from `smtp://127.0.0.1:2525` (the form `SMSCONTRACT_ROX_EMAIL_URL` takes).
public struct SMTPEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// The host name or address (IPv6 without brackets).
    public var host: String
    /// The TCP port; 25 when a URL gives none.
    public var port: UInt16

    /// Creates an endpoint.
    public init(host: String, port: UInt16 = 25) {
        self.host = host
        self.port = port
    }

    /// Parses `smtp://host[:port][/]`; user information, paths, queries and fragments are refused.
    public init(url: String) throws(SMTPClientError) {
        guard let schemeEnd = url.firstRange(of: "://") else { throw .invalidURL(url) }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "smtp" else { throw .unsupportedScheme(scheme) }
        var authority = url[schemeEnd.upperBound...]
        if authority.hasSuffix("/") { authority = authority.dropLast() }
        guard !authority.isEmpty, !authority.contains(where: { "/?#@ ".contains($0) }) else { throw .invalidURL(url) }
        // The port follows the last colon, unless that colon is inside an IPv6 literal's brackets.
        var hostPart = authority, portPart: Substring?
        if let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
            hostPart = authority[..<colon]
            portPart = authority[authority.index(after: colon)...]
        }
        if hostPart.hasPrefix("[") || hostPart.hasSuffix("]") {
            guard hostPart.count > 2, hostPart.hasPrefix("["), hostPart.hasSuffix("]") else { throw .invalidURL(url) }
            hostPart = hostPart.dropFirst().dropLast()
        } else if hostPart.contains(":") {
            throw .invalidURL(url) // An IPv6 address needs brackets.
        }
        guard !hostPart.isEmpty else { throw .invalidURL(url) }
        if let portPart {
            guard let number = UInt16(portPart), number > 0 else { throw .invalidURL(url) }
            self.init(host: String(hostPart), port: number)
        } else {
            self.init(host: String(hostPart))
        }
    }

    /// The endpoint as a URL, e.g. `smtp://[::1]:2525`.
    public var description: String {
        "smtp://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }
}
