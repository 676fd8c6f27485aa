import Providers

/// A live endpoint (a sandbox account), configured by environment variables:
/// `SMSCONTRACT_<P>_URL` and the provider's credential variables.
public struct LiveTarget: SpecTarget {
    /// The environment the URL and credentials are read from.
    public let environment: [String: String]
    /// The ledger, block and dry-run handling every spec on this target goes through.
    public let liveSafety: LiveSafety?

    public var kind: SpecTargetKind { .live }

    /// Creates a live target reading `environment`; `safety` defaults to one read from the same environment.
    public init(environment: [String: String], safety: LiveSafety? = nil) {
        self.environment = environment
        liveSafety = safety ?? LiveSafety(environment: environment)
    }

    public func open(_ provider: ProviderDescriptor) throws(TargetUnavailable) -> TargetSession {
        guard let baseURL = environment[provider.urlEnvironmentVariable], !baseURL.isEmpty else {
            throw TargetUnavailable(reason: "\(provider.urlEnvironmentVariable) is not set", isSkip: true)
        }
        var credentials: [String: String] = [:]
        for credential in provider.credentials {
            guard let value = environment[credential.environmentVariable], !value.isEmpty else {
                throw TargetUnavailable(reason: "\(credential.environmentVariable) is not set", isSkip: true)
            }
            credentials[credential.name] = value
        }
        do {
            if provider.transport == .smtp {
                return TargetSession(transport: nil, smtp: try SMTPEndpoints.parse(baseURL), targetName: baseURL, credentials: credentials, control: nil)
            }
            let transport = try HTTPTransports.forBaseURL(baseURL)
            return TargetSession(transport: transport, targetName: baseURL, credentials: credentials, control: nil)
        } catch {
            throw TargetUnavailable(reason: "\(provider.urlEnvironmentVariable): \(error.message)", isSkip: false)
        }
    }
}
