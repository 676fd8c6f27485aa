import Foundation

/// The private CA an `https://` upstream's certificate chains to (`--upstream-ca FILE`): a PEM bundle of
/// one or more `CERTIFICATE` blocks, checked when the proxy starts so a wrong file is an error then, not a
/// 502 on the app's first request.
public struct UpstreamCertificateAuthority: Sendable, Equatable {
    /// The PEM file as given (libcurl reads it by path on Linux).
    public let path: String
    /// Each certificate's DER bytes, in file order (Security anchors them on Darwin).
    public let certificates: [Data]

    /// Reads and checks `path`: it must exist and hold at least one well-formed PEM certificate.
    public static func load(_ path: String) throws(ProxyError) -> UpstreamCertificateAuthority {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ProxyError("--upstream-ca \(path): cannot read the file (it should be the CA's certificate, PEM)")
        }
        let certificates: [Data]
        do {
            certificates = try pemCertificates(String(decoding: data, as: UTF8.self))
        } catch {
            throw ProxyError("--upstream-ca \(path): \(error.message)")
        }
        return UpstreamCertificateAuthority(path: path, certificates: certificates)
    }

    /// The DER bytes of each `-----BEGIN CERTIFICATE-----` block in `text`.
    static func pemCertificates(_ text: String) throws(ProxyError) -> [Data] {
        let begin = "-----BEGIN CERTIFICATE-----", end = "-----END CERTIFICATE-----"
        var certificates: [Data] = []
        var body: String?
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line == begin {
                body = ""
            } else if line == end {
                guard let text = body, let der = Data(base64Encoded: text), !der.isEmpty else {
                    throw ProxyError("line \(index + 1): the certificate ending here is not valid base64")
                }
                certificates.append(der)
                body = nil
            } else if body != nil {
                body? += line
            }
        }
        if body != nil { throw ProxyError("a certificate is not closed by \(end)") }
        guard !certificates.isEmpty else {
            throw ProxyError("no PEM certificate in it (expected \(begin) … \(end)); a DER file converts with `openssl x509 -inform der -in FILE -out FILE.pem`")
        }
        return certificates
    }
}
