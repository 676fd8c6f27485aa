#if canImport(Darwin) && canImport(Security)
import Foundation
import Security

/// `--upstream-ca` on Darwin: a URLSession delegate that accepts the upstream's certificate when it chains
/// to one of the given CA certificates, and otherwise leaves the decision to the system (which then fails
/// with `NSURLErrorServerCertificateUntrusted` for a private CA it does not know).
final class AnchoredTrustDelegate: NSObject, URLSessionDelegate, Sendable {
    private let anchors: [Data]

    /// A delegate trusting the DER certificates `anchors` (``UpstreamCertificateAuthority/certificates``).
    init(anchors: [Data]) {
        self.anchors = anchors
    }

    /// A session whose server-trust challenges this delegate answers.
    static func session(trusting authority: UpstreamCertificateAuthority) -> URLSession {
        URLSession(configuration: .ephemeral, delegate: AnchoredTrustDelegate(anchors: authority.certificates), delegateQueue: nil)
    }

    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
              let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        let certificates = anchors.compactMap { SecCertificateCreateWithData(nil, $0 as CFData) }
        SecTrustSetAnchorCertificates(trust, certificates as CFArray)
        SecTrustSetAnchorCertificatesOnly(trust, false)
        if SecTrustEvaluateWithError(trust, nil) {
            completionHandler(.useCredential, URLCredential(trust: trust))
        } else {
            completionHandler(.performDefaultHandling, nil)
        }
    }
}
#endif
