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
    /// Whether live runs may send specs marked `sends` (`SMSCONTRACT_LIVE_SENDS=1`).
    public let allowLiveSends: Bool
    /// The clock cassettes are stamped with.
    public let now: @Sendable () -> Date

    /// Creates a runner.
    public init(target: any SpecTarget, recordMode: RecordMode, cassettes: CassetteStore, allowLiveSends: Bool = false,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.target = target
        self.recordMode = recordMode
        self.cassettes = cassettes
        self.allowLiveSends = allowLiveSends
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
        guard let provider = ProviderRegistry.descriptor(for: spec.provider) else {
            return outcome(.error, "unknown provider \"\(spec.provider)\"")
        }
        if target.kind == "live" {
            if spec.live == .never { return outcome(.skipped, "fake only (\"live\": \"never\")") }
            if spec.live == .sends && !allowLiveSends { return outcome(.skipped, "sends an SMS; set SMSCONTRACT_LIVE_SENDS=1 to allow") }
        }
        let session: TargetSession
        do {
            session = try target.open(provider)
        } catch {
            return outcome(error.isSkip ? .skipped : .error, error.reason)
        }
        defer { session.close() }

        var execution = StepExecution(session: session, spec: spec, provider: provider)
        do {
            for step in spec.steps { try execution.run(step) }
        } catch {
            return outcome(.error, error.description)
        }
        var result = SpecResult(spec: spec.id, provider: spec.provider, sourcePath: spec.sourcePath, outcome: .passed,
                                differences: execution.differences, notes: execution.notes)
        applyCassette(execution, spec: spec, provider: provider, session: session, result: &result)
        if result.outcome == .passed && !result.differences.isEmpty { result.outcome = .failed }
        return result
    }

    private func applyCassette(_ execution: StepExecution, spec: Spec, provider: ProviderDescriptor, session: TargetSession, result: inout SpecResult) {
        let redactor = SecretRedactor(credentials: session.credentials)
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
}
