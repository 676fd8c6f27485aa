import Providers

/// How a live run treats specs marked `sends`, from `SMSCONTRACT_LIVE_DRYRUN`: `1` always as dry runs,
/// `0` never, unset as dry runs unless `SMSCONTRACT_LIVE_SENDS=1` asks for real sends.
public enum LiveDryRunSetting: Sendable, Equatable {
    /// Every `sends` spec runs as a dry run, or is skipped where the provider offers none.
    case always
    /// Dry runs are off: `sends` specs send for real under the send guard.
    case never
    /// Dry runs where the provider offers one, unless real sends are allowed.
    case unlessSendsAllowed

    /// Reads `SMSCONTRACT_LIVE_DRYRUN`; nil with the problem when it is neither `0`, `1` nor unset.
    static func resolve(_ environment: [String: String]) -> Result<LiveDryRunSetting, LiveSettingProblem> {
        switch environment["SMSCONTRACT_LIVE_DRYRUN"] ?? "" {
        case "": .success(.unlessSendsAllowed)
        case "1": .success(.always)
        case "0": .success(.never)
        case let other: .failure(LiveSettingProblem(message: "SMSCONTRACT_LIVE_DRYRUN must be 1 or 0, got \"\(other)\""))
        }
    }
}

/// A live-safety setting in the environment that cannot be read.
public struct LiveSettingProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public let message: String

    public var description: String { message }
}

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
