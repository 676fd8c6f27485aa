import Foundation
import Providers
import StructuredData
import Wire

/// Runs specs against a target: sends each step's request over a real socket, checks the response
/// against the spec, records it in a cassette and compares it with the recorded one.
public struct SpecRunner: Sendable {
    /// Where specs run.
    public let target: any SpecTarget
    /// When cassettes are written.
    public let recordMode: RecordMode
    /// Where cassettes live.
    public let cassettes: CassetteStore
    /// What live runs may send; specs marked `sends` are skipped on a live target without one.
    public let sendGuard: LiveSendGuard?
    /// The clock cassettes are stamped with.
    public let now: @Sendable () -> Date
    /// Cassettes older than this are reported as stale (never re-recorded silently); nil for no limit.
    public let maximumCassetteAge: TimeInterval?
    /// The providers specs may name.
    public let registry: ProviderRegistry

    /// Creates a runner.
    public init(target: any SpecTarget, recordMode: RecordMode, cassettes: CassetteStore, sendGuard: LiveSendGuard? = nil,
                maximumCassetteAge: TimeInterval? = nil, registry: ProviderRegistry = .builtIn, now: @escaping @Sendable () -> Date = { Date() }) {
        self.registry = registry
        self.maximumCassetteAge = maximumCassetteAge
        self.target = target
        self.recordMode = recordMode
        self.cassettes = cassettes
        self.sendGuard = sendGuard
        self.now = now
    }

    /// Runs one spec. Never throws: problems become an `error` outcome with the reason.
    public func run(_ spec: Spec) -> SpecResult {
        let started = ContinuousClock.now
        var result = execute(spec)
        let elapsed = ContinuousClock.now - started
        result.duration = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return result
    }

    private func execute(_ spec: Spec) -> SpecResult {
        func outcome(_ outcome: SpecResult.Outcome, _ reason: String) -> SpecResult {
            SpecResult(spec: spec.id, provider: spec.provider, sourcePath: spec.sourcePath, outcome: outcome, reason: reason)
        }
        guard let provider = registry.descriptor(for: spec.provider) else {
            return outcome(.error, "unknown provider \"\(spec.provider)\"")
        }
        var plan = LiveDryRunPlan.send
        if target.kind == .live {
            if spec.live == .never { return outcome(.skipped, "fake only (\"live\": \"never\")") }
            if spec.usesCallbacks { return outcome(.skipped, "awaits callbacks, which a live provider cannot send to this machine's loopback receiver") }
            if let problem = target.liveSafety?.problem { return outcome(.error, problem.message) }
            plan = target.liveSafety?.plan(for: spec, provider: provider, sendsAllowed: sendGuard?.sendsAllowed == true) ?? .send
            if case .refused(let reason) = plan { return outcome(.skipped, reason) }
            if spec.live == .sends && plan == .send && sendGuard?.sendsAllowed != true {
                return outcome(.skipped, "sends an SMS; set SMSCONTRACT_LIVE_SENDS=1 (and SMSCONTRACT_LIVE_ALLOWED_NUMBERS) to allow")
            }
        }
        var session: TargetSession
        do {
            session = try target.open(provider)
        } catch {
            return outcome(error.isSkip ? .skipped : .error, error.reason)
        }
        defer { session.close() }
        let guarding = target.kind == .live && spec.live == .sends && plan == .send ? sendGuard : nil
        guard target.kind == .live, let safety = target.liveSafety else {
            return execute(spec, provider: provider, session: session, guarding: guarding)
        }
        switch safety.begin(spec, provider: provider, target: session.targetName, plan: plan) {
        case .failure(.skip(let reason)): return outcome(.skipped, reason)
        case .failure(.error(let reason)): return outcome(.error, reason)
        case .success(let live):
            session = live.wrap(session)
            let finished = live.finish(execute(spec, provider: provider, session: session, guarding: guarding))
            return SecretRedactor(credentials: session.credentials).redact(finished)
        }
    }

    /// Runs the steps of a spec on an open session, then checks its cassette.
    private func execute(_ spec: Spec, provider: ProviderDescriptor, session: TargetSession, guarding: LiveSendGuard?) -> SpecResult {
        func outcome(_ outcome: SpecResult.Outcome, _ reason: String) -> SpecResult {
            SpecResult(spec: spec.id, provider: spec.provider, sourcePath: spec.sourcePath, outcome: outcome, reason: reason)
        }
        var receiver: CallbackReceiver?
        if spec.usesCallbacks {
            do {
                receiver = try CallbackReceiver()
            } catch {
                return outcome(.error, "could not start the callback receiver: \(error)")
            }
        }
        defer { receiver?.shutdown() }
        let redactor = SecretRedactor(credentials: session.credentials, others: receiver.map { [(value: $0.baseURL, placeholder: "{{callbacks.url}}")] } ?? [])
        var execution = StepExecution(session: session, spec: spec, provider: provider, sendGuard: guarding, receiver: receiver)
        var running = ""
        do {
            for step in spec.steps {
                running = step.name
                try execution.run(step)
            }
        } catch {
            var stopped = outcome(error.isSkip ? .skipped : .error, error.description)
            if target.kind == .live && !error.isSkip {
                stopped.credentialRefusal = CredentialRefusal.detect(execution.interactions, differences: execution.differences, provider: provider, failedStep: running)
            }
            return redactor.redact(stopped)
        }
        var result = SpecResult(spec: spec.id, provider: spec.provider, sourcePath: spec.sourcePath, outcome: .passed,
                                differences: execution.differences, notes: execution.notes)
        applyCassette(execution, spec: spec, provider: provider, session: session, redactor: redactor, result: &result)
        if result.outcome == .passed && !result.differences.isEmpty { result.outcome = .failed }
        if target.kind == .live {
            result.credentialRefusal = CredentialRefusal.detect(execution.interactions, differences: result.differences, provider: provider)
        }
        return redactor.redact(result)
    }

    private func applyCassette(_ execution: StepExecution, spec: Spec, provider: ProviderDescriptor, session: TargetSession,
                               redactor: SecretRedactor, result: inout SpecResult) {
        let recorded = Cassette(
            spec: spec.id, provider: spec.provider, recordedAt: ISO8601DateFormatter().string(from: now()),
            target: session.targetName, interactions: execution.interactions.map(redactor.redact))
        let existing: Cassette?
        do {
            existing = try recordMode == .all ? nil : cassettes.load(specID: spec.id)
        } catch {
            result.outcome = .error
            result.reason = "the cassette cannot be read:\n\(error.description)"
            return
        }
        if let existing {
            let comparator = CassetteComparator(spec: spec, provider: provider)
            result.differences += comparator.differences(recorded: existing, actual: recorded)
            if let maximumCassetteAge, let recordedAt = Cassette.date(recordedAt: existing.recordedAt),
               now().timeIntervalSince(recordedAt) > maximumCassetteAge {
                result.stale = true
                result.notes.append(Self.staleNote(age: now().timeIntervalSince(recordedAt), limit: maximumCassetteAge))
            }
            return
        }
        switch recordMode {
        case .never:
            result.outcome = .error
            result.reason = "no cassette at \(cassettes.path(for: spec.id)) and the record mode is never (CI); "
                + "run `swift run smscontract run --spec \(spec.sourcePath) --record missing` locally and commit the cassette"
        case .missing, .all:
            guard result.differences.isEmpty else {
                result.notes.append("cassette not recorded: the spec failed")
                return
            }
            let known = session.credentials.map { (name: "credential \($0.key)", value: $0.value) } + SecretScanner.knownSecrets(environment: [:], registry: registry)
            let findings = SecretScanner(knownSecrets: known, registry: registry).scan(CassetteCodec.json(recorded), file: cassettes.path(for: spec.id))
            guard findings.isEmpty else {
                result.outcome = .error
                result.reason = "refused to write the cassette: it would hold a credential\n" + findings.map(\.description).joined(separator: "\n")
                return
            }
            do {
                try cassettes.save(recorded)
                result.notes.append("recorded \(cassettes.path(for: spec.id))")
            } catch {
                result.outcome = .error
                result.reason = error.description
            }
        }
    }
}

/// A spec run that stopped before it could compare anything: the target could not be reached, or a
/// placeholder could not be filled.
struct StepFailure: Error, CustomStringConvertible {
    let description: String
    /// Whether the run stopped on purpose (the send guard), which skips the spec rather than failing it.
    var isSkip = false
}

extension SpecRunner {
    /// The note for a cassette `age` seconds old under a `--max-age` of `limit` seconds, both in days to
    /// the hundredth (`--max-age 0.5` is the 0.5-day limit, not a 0-day one).
    static func staleNote(age: TimeInterval, limit: TimeInterval) -> String {
        let ageDays = days(age)
        return "stale cassette: recorded \(ageDays) \(ageDays == "1" ? "day" : "days") ago, more than the \(days(limit))-day limit; "
            + "re-record it against its target with --record all"
    }

    private static func days(_ seconds: TimeInterval) -> String {
        let hundredths = (seconds / 864).rounded()
        return hundredths.truncatingRemainder(dividingBy: 100) == 0 ? "\(Int(hundredths / 100))" : "\(hundredths / 100)"
    }
}
