import Foundation
import Providers

/// One admitted live spec: wraps its session's transport in a ``LiveTransport`` and, when it has
/// run, settles the ledger and turns a block into the spec's result.
struct LiveSpecRun {
    let safety: LiveSafety
    let spec: String
    let provider: ProviderDescriptor
    let target: String
    /// Ledger ids of the counted requests reserved for this spec.
    let reserved: [String]
    /// Where sending requests go instead, or nil.
    let dryRun: AbusePolicy.DryRun?
    /// Whether the provider's policy counts or blocks anything.
    let watched: Bool
    /// Whether this spec goes first for its provider and must open ``LiveSafety/gate`` when done.
    let probing: Bool
    let monitor = LiveSpecMonitor()

    /// The session with its transport watched (and rewritten for a dry run).
    func wrap(_ session: TargetSession) -> TargetSession {
        guard watched || dryRun != nil, let transport = session.transport else { return session }
        let live = LiveTransport(base: transport, policy: provider.abusePolicy, dryRun: dryRun, monitor: monitor, providerName: provider.name)
        return TargetSession(transport: live, smtp: session.smtp, targetName: session.targetName, credentials: session.credentials,
                             control: session.control, close: session.close)
    }

    /// The spec's result once the ledger knows what it sent: a met block becomes the result (once per
    /// block; a spec meeting a block another spec reported is skipped), a dry run is noted.
    func finish(_ result: SpecResult) -> SpecResult {
        defer {
            if probing { safety.gate.leave(provider.id + " " + target, verified: monitor.answered > 0 && monitor.block == nil) }
        }
        var result = result
        let policy = provider.abusePolicy
        let now = safety.now()
        do {
            let extra = max(0, monitor.counted - reserved.count)
            try safety.ledger.settle(ids: reserved, extra: extra, provider: provider.id, target: target, policy: policy, spec: spec, now: now)
            if extra > 0 { safety.noteUnexpectedAnswers(provider: provider.id, target: target) }
            if let answer = monitor.block {
                result.differences = []
                if let earlier = try safety.ledger.recordBlock(provider: provider.id, target: target, spec: spec, text: answer.text,
                                                               policy: policy, now: now) {
                    result.outcome = .skipped
                    result.reason = LiveReasons.blockIsOn(earlier, provider: provider, policy: policy)
                } else {
                    result.outcome = .error
                    result.reason = LiveReasons.blockMet(status: answer.status, text: answer.text, request: answer.request, provider: provider,
                                                         policy: policy, until: now.addingTimeInterval(policy.block?.liftsAfter ?? 0))
                }
            }
        } catch {
            result.outcome = .error
            result.reason = [result.reason, error.description].compactMap { $0 }.joined(separator: "\n")
        }
        if let dryRun, monitor.dryRuns > 0 {
            result.dryRun = true
            result.notes.append("ran as a dry run (\(dryRun.method) \(dryRun.dryRunPath)): checked against \(provider.name) with nothing sent or billed")
        }
        return result
    }
}
