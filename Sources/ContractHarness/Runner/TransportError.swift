/// A transport could not deliver a request or read its response.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the URL.
    public let message: String
    /// Whether the TLS handshake failed because the server's certificate was not trusted (unknown CA,
    /// self-signed, or not for that host name).
    public var untrustedCertificate = false

    public var description: String { message }
}
