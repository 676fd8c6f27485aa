import Providers

/// What a live run does with one spec's sending requests.
enum LiveDryRunPlan: Equatable {
    /// Send as the spec says (not a `sends` spec, or real sends).
    case send
    /// Send the sending requests to the provider's dry-run endpoint.
    case dryRun(AbusePolicy.DryRun)
    /// Skip the spec, for this reason.
    case refused(String)

    /// The plan for `spec` on `provider` under `setting`, when real sends are (or are not) allowed.
    /// Every sending step becomes a dry run; a spec with any other request after its first sending
    /// step (a lookup of what was sent) cannot be one.
    static func plan(for spec: Spec, provider: ProviderDescriptor, setting: LiveDryRunSetting, sendsAllowed: Bool) -> LiveDryRunPlan {
        guard spec.live == .sends else { return .send }
        let wanted = setting == .always || (setting == .unlessSendsAllowed && !sendsAllowed)
        guard wanted else { return .send }
        let realSends = setting == .always
            ? "SMSCONTRACT_LIVE_DRYRUN=1 keeps it from sending; set SMSCONTRACT_LIVE_DRYRUN=0 and SMSCONTRACT_LIVE_SENDS=1 to send it for real"
            : "set SMSCONTRACT_LIVE_SENDS=1 (and SMSCONTRACT_LIVE_ALLOWED_NUMBERS) to send it for real"
        guard let dryRun = provider.abusePolicy.dryRun else {
            return setting == .always ? .refused("sends an SMS and \(provider.name) offers no dry run; \(realSends)") : .send
        }
        let sends = { (step: SpecStep) in step.request.map { $0.method == dryRun.method && $0.path == dryRun.path } ?? false }
        guard let first = spec.steps.firstIndex(where: sends) else {
            return .refused("sends an SMS but no step is \(dryRun.method) \(dryRun.path), which a dry run replaces; \(realSends)")
        }
        if let later = spec.steps[(first + 1)...].first(where: { ($0.request != nil && !sends($0)) || $0.email != nil }) {
            return .refused("sends an SMS and cannot run as a dry run: step \(later.name) needs what a real send of step "
                + "\(spec.steps[first].name) would create; \(realSends)")
        }
        return .dryRun(dryRun)
    }
}
