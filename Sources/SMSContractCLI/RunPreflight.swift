import ContractHarness
import Providers

/// What `run` refuses before running anything, so a misconfigured run is a usage error (exit 2) rather
/// than a green run: a selection of no specs, and a live run of providers whose variables are missing.
enum RunPreflight {
    /// The usage error for this selection and configuration, or nil when the run may start.
    static func problem(selected: [Spec], loaded: [Spec], configuration: RunConfiguration, registry: ProviderRegistry = .builtIn) -> UsageError? {
        let hint = "run `smscontract run --help` for usage"
        if selected.isEmpty {
            let found = loaded.map(\.provider).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let asked = configuration.providers.map { "--provider \($0)" }.joined(separator: " ")
            return UsageError(
                message: "no specs selected: \(asked.isEmpty ? "the selection" : asked) matches none of the \(Plural.count(loaded.count, "spec file")) given"
                    + (found.isEmpty ? "" : " (their providers: \(found.joined(separator: ", ")))"),
                hint: hint)
        }
        guard let live = configuration.target as? LiveTarget else { return nil }
        let providers = selected.map(\.provider).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            .compactMap(registry.descriptor(for:))
        guard let problem = live.configurationProblem(for: providers, requested: Set(configuration.providers)) else { return nil }
        return UsageError(message: "the live target is not configured:\n" + problem.description, hint: "see README \"Live drift in CI\"")
    }

    /// On a live run in which none of the selected providers is configured, the headline that names what
    /// to set (the skip reasons alone would mostly say "fake only" and "sends an SMS"); nil otherwise.
    static func unconfiguredLive(selected: [Spec], configuration: RunConfiguration, registry: ProviderRegistry = .builtIn) -> String? {
        guard let live = configuration.target as? LiveTarget else { return nil }
        let providers = selected.map(\.provider).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            .compactMap(registry.descriptor(for:))
        guard !providers.isEmpty, providers.allSatisfy({ !live.missingVariables(for: $0).isEmpty }) else { return nil }
        return "no selected provider is configured for the live target: set " + providers.map(\.urlEnvironmentVariable).joined(separator: " or ")
            + " and its credentials (README \"Live drift in CI\")"
    }
}
