import Foundation
import Providers
import StructuredData
import Synchronization

/// Keeps one live run from harming the account: the shared ``LiveLedger`` of abuse-sensitive
/// requests, stopping at a provider's block, and dry runs for `sends` specs. Built from the same
/// environment as the ``LiveTarget`` that carries it.
public final class LiveSafety: Sendable {
    /// The ledger shared by every run on the machine.
    public let ledger: LiveLedger
    /// How `sends` specs are treated.
    public let dryRunSetting: LiveDryRunSetting
    /// A setting that could not be read; every live spec errors with it.
    public let problem: LiveSettingProblem?
    /// The clock counted requests are stamped with.
    public let now: @Sendable () -> Date
    /// Provider and target keys whose answers counted where no spec expected it (wrong credentials?).
    private let unexpected = Mutex<Set<String>>([])
    /// Sends each provider's first spec of the run alone, so a block already on meets one request.
    let gate = LiveProbeGate()

    /// Reads the state directory and dry-run setting from `environment`.
    public init(environment: [String: String], ledger: LiveLedger? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        self.ledger = ledger ?? LiveLedger(directory: LiveStateDirectory.resolve(environment: environment))
        switch LiveDryRunSetting.resolve(environment) {
        case .success(let setting):
            dryRunSetting = setting
            problem = nil
        case .failure(let failure):
            dryRunSetting = .never
            problem = failure
        }
        self.now = now
    }

    /// The dry-run plan for a spec, when the run's send guard does (or does not) allow real sends.
    func plan(for spec: Spec, provider: ProviderDescriptor, sendsAllowed: Bool) -> LiveDryRunPlan {
        LiveDryRunPlan.plan(for: spec, provider: provider, setting: dryRunSetting, sendsAllowed: sendsAllowed)
    }

    /// How many of a spec's requests are predicted to count: those whose expectation matches a counted
    /// answer, or every request once this run has seen counted answers nobody expected.
    func predictedCount(_ spec: Spec, policy: AbusePolicy, suspect: Bool) -> Int {
        spec.steps.filter { step in
            guard step.request != nil else { return false }
            if suspect { return true }
            guard let expectation = step.expectation else { return false }
            return policy.counts(status: expectation.status, body: expectation.body.map(Self.text) ?? "")
        }.count
    }

    /// Admits a spec to run on `provider` at `target` (reserving its predicted counted requests), or says why not.
    func begin(_ spec: Spec, provider: ProviderDescriptor, target: String, plan: LiveDryRunPlan) -> Result<LiveSpecRun, LiveRefusal> {
        let policy = provider.abusePolicy
        var dryRun: AbusePolicy.DryRun?
        if case .dryRun(let endpoint) = plan { dryRun = endpoint }
        let watched = policy.countsRequests || policy.block != nil
        let key = provider.id + " " + target
        var ids: [String] = []
        let probing = policy.block != nil && gate.enter(key)
        if watched {
            let suspect = unexpected.withLock { $0.contains(key) }
            let admission: LiveLedger.Admission
            do {
                admission = try ledger.admit(predictedCount(spec, policy: policy, suspect: suspect), provider: provider, target: target,
                                             policy: policy, spec: spec.id, now: now(), unexpectedAnswers: suspect)
            } catch {
                if probing { gate.leave(key, verified: false) }
                return .failure(.error(error.description))
            }
            switch admission {
            case .admitted(let reserved): ids = reserved
            case .refused(let reason):
                if probing { gate.leave(key, verified: false) }
                return .failure(.skip(reason))
            }
        }
        return .success(LiveSpecRun(safety: self, spec: spec.id, provider: provider, target: target, reserved: ids,
                                    dryRun: dryRun, watched: watched, probing: probing))
    }

    /// Remembers that `provider` at `target` gave counted answers no spec predicted.
    func noteUnexpectedAnswers(provider: String, target: String) {
        _ = unexpected.withLock { $0.insert(provider + " " + target) }
    }

    private static func text(_ body: BodyExpectation) -> String {
        body.value.stringValue ?? JSONWriter.string(body.value)
    }
}

/// Why a live spec does not run: a skip (the budget or a block) or an error (the ledger).
enum LiveRefusal: Error {
    case skip(String)
    case error(String)
}
