import Providers

extension LiveTarget {
    /// The variables a live run of `provider` needs that are unset or empty in ``environment``, URL first:
    /// `["SMSCONTRACT_LOX24_URL", "SMSCONTRACT_LOX24_TOKEN"]`. Empty when the provider is fully configured.
    public func missingVariables(for provider: ProviderDescriptor) -> [String] {
        let needed = [provider.urlEnvironmentVariable] + provider.credentials.map(\.environmentVariable)
        return needed.filter { (environment[$0] ?? "").isEmpty }
    }

    /// Why a live run of `providers` cannot run as configured, or nil when it can.
    ///
    /// A provider named on purpose (`requested`) needs its URL and every credential; any other provider
    /// whose URL is set needs every credential (a URL without its token is a broken secret, not an opt-out);
    /// a provider whose URL is unset is skipped, as before.
    public func configurationProblem(for providers: [ProviderDescriptor], requested: Set<String>) -> LiveConfigurationProblem? {
        var missing: [(provider: String, variables: [String])] = []
        for provider in providers {
            let variables = missingVariables(for: provider)
            guard !variables.isEmpty else { continue }
            let urlIsSet = !variables.contains(provider.urlEnvironmentVariable)
            if requested.contains(provider.id) || urlIsSet { missing.append((provider.id, variables)) }
        }
        return missing.isEmpty ? nil : LiveConfigurationProblem(missing: missing)
    }
}

extension LiveTarget {
    /// Why a live run of every provider in `registry` (what `swift test` on a live target is) would be
    /// misconfigured or run nothing at all, or nil when at least one provider is fully configured and
    /// none is half-configured.
    public func wholeSuiteProblem(registry: ProviderRegistry = .builtIn) -> String? {
        let providers = registry.providers
        if let problem = configurationProblem(for: providers, requested: []) {
            return "the live target is not configured:\n\(problem.description)"
        }
        guard providers.contains(where: { missingVariables(for: $0).isEmpty }) else {
            return "nothing ran: the target is live, but no provider is configured; set "
                + providers.map(\.urlEnvironmentVariable).joined(separator: " or ") + " and its credentials (see README \"Live drift in CI\")"
        }
        return nil
    }
}

/// A live run asked for providers whose variables are not set: a configuration error, never a green run.
public struct LiveConfigurationProblem: Error, Sendable, CustomStringConvertible {
    /// Each provider and the variables it lacks (unset or empty).
    public let missing: [(provider: String, variables: [String])]

    /// One line per provider: `live lox24 needs SMSCONTRACT_LOX24_TOKEN (unset or empty)`.
    public var lines: [String] {
        missing.map { "live \($0.provider) needs \($0.variables.joined(separator: ", ")) (unset or empty)" }
    }

    public var description: String {
        (lines + ["set them (in CI: as secrets), or leave out --provider for a provider you do not mean to run live"]).joined(separator: "\n")
    }
}
