import Providers
import StructuredData

/// How each live provider says "the credentials you sent are not accepted", so a wrong or revoked secret
/// reads as one configuration headline instead of drift on every spec.
///
/// The signatures come from each provider's seed document and page (docs/providers): LOX24 answers
/// 401 (bad token) or 403 (account not activated); rox answers `Result` 2001–2010 (the seed's
/// authentication range); Skycore answers `error-code` E102 or E104; iovox answers 401 with
/// `<error status="401">`; rox-email refuses the mail with an SMTP `5.7.x` (security) reply.
public struct CredentialRefusal: Sendable {
    /// A short account of the refusal (`HTTP 401`, `Result 2007`), or nil when the exchange is not one.
    public let recognize: @Sendable (Exchange) -> String?

    /// Creates a signature from a recognizer.
    public init(recognize: @escaping @Sendable (Exchange) -> String?) {
        self.recognize = recognize
    }

    /// Refusal by HTTP status.
    public static func status(_ statuses: Set<Int>) -> CredentialRefusal {
        CredentialRefusal { exchange in
            guard case .http(_, let response) = exchange, statuses.contains(response.status) else { return nil }
            return "HTTP \(response.status)"
        }
    }

    /// Refusal by a code in the JSON body at `member`, accepted by `matches`.
    public static func bodyCode(_ member: String, _ matches: @escaping @Sendable (String) -> Bool) -> CredentialRefusal {
        CredentialRefusal { exchange in
            guard case .http(_, let response) = exchange, let code = response.body.structured?[member]?.stringValue, matches(code) else { return nil }
            return "\(member) \(code)"
        }
    }

    /// Refusal by an SMTP reply whose enhanced status code is `5.7.x` (a security or policy refusal).
    public static let smtpSecurity = CredentialRefusal { exchange in
        guard case .email(_, let replies) = exchange, let reply = replies.first(where: { $0.code >= 500 && $0.text.hasPrefix("5.7.") }) else { return nil }
        return "SMTP \(reply.code) \(reply.text.prefix(while: { $0 != " " }))"
    }

    /// The signatures by provider id.
    public static let byProvider: [String: CredentialRefusal] = [
        "lox24": .status([401, 403]),
        "iovox": .status([401]),
        "rox": .bodyCode("Result") { code in Int(code).map { (2001...2010).contains($0) } ?? false },
        "skycore": .bodyCode("error-code") { ["E102", "E104"].contains($0) },
        "rox-email": .smtpSecurity,
    ]

    /// What refused the configured credentials in a live run of one spec, or nil.
    ///
    /// An exchange counts only when it sent every credential of the provider as configured (each
    /// `{{credentials.NAME}}` placeholder appears in what was recorded — specs that send a wrong key on
    /// purpose do not), the provider answered with its refusal, and the spec did not expect that answer
    /// (its step has a difference, or is `failedStep`, the step the run stopped at — a capture that found
    /// nothing in the refusal, say).
    static func detect(_ interactions: [Interaction], differences: [Difference], provider: ProviderDescriptor, failedStep: String? = nil) -> String? {
        guard let signature = byProvider[provider.id], !provider.credentials.isEmpty else { return nil }
        let placeholders = provider.credentials.map { "{{credentials.\($0.name)}}" }
        for interaction in interactions {
            guard interaction.step == failedStep || differences.contains(where: { $0.path.hasPrefix(interaction.step + "/") }), let refusal = signature.recognize(interaction.exchange) else { continue }
            let sent: String
            switch interaction.exchange {
            case .http(let request, _): sent = JSONWriter.string(request.json)
            case .email(let message, _): sent = JSONWriter.string(message)
            case .callbacks: continue
            }
            if placeholders.allSatisfy(sent.contains) {
                return "\(provider.id) refused the configured credentials (\(refusal)); check \(provider.credentials.map(\.environmentVariable).joined(separator: ", "))"
            }
        }
        return nil
    }
}
