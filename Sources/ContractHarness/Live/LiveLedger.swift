import Foundation
import Providers
import StructuredData

/// The ledger of abuse-sensitive requests every live run on the machine shares: `live-ledger.json`
/// in the state directory (``LiveStateDirectory``), changed only under an exclusive lock on
/// `live-ledger.lock` beside it and replaced atomically, so parallel runs and processes see each
/// other's requests and never a half-written file.
///
/// Requests are kept per provider and target (base URL) while they are inside the provider's
/// window; blocks until they should lift. Deleting the file clears it.
public struct LiveLedger: Sendable {
    /// The ledger file.
    public let path: String
    /// The lock file guarding it.
    public let lockPath: String

    /// A ledger in `directory`.
    public init(directory: String) {
        path = directory + "/live-ledger.json"
        lockPath = directory + "/live-ledger.lock"
    }

    /// What ``admit(_:provider:target:policy:spec:now:)`` decided.
    public enum Admission: Sendable, Equatable {
        /// The spec may run; its predicted requests are recorded under these ids.
        case admitted(ids: [String])
        /// The spec must not send anything, and why.
        case refused(reason: String)
    }

    /// Reserves `count` counted requests for `spec` if the provider's budget allows them and no block
    /// is on; otherwise says why not. Checking and reserving are one step under the lock.
    public func admit(_ count: Int, provider: ProviderDescriptor, target: String, policy: AbusePolicy, spec: String,
                      now: Date, unexpectedAnswers: Bool = false) throws(LiveLedgerError) -> Admission {
        try transaction(now: now) { state throws(LiveLedgerError) -> Admission in
            if let block = state.block(provider: provider.id, target: target) {
                return .refused(reason: LiveReasons.blockIsOn(LiveBlock(block), provider: provider, policy: policy))
            }
            guard count > 0 else { return .admitted(ids: []) }
            let recent = state.requests(provider: provider.id, target: target)
            if count > policy.budget {
                return .refused(reason: LiveReasons.overBudget(count, provider: provider, policy: policy))
            }
            if recent.count + count > policy.budget {
                let expiries = recent.map(\.expires).sorted()
                let nextSafe = expiries[recent.count + count - policy.budget - 1]
                return .refused(reason: LiveReasons.budgetSpent(recent.count, provider: provider, policy: policy,
                                                                 nextSafe: Date(timeIntervalSince1970: nextSafe), ledger: path,
                                                                 unexpectedAnswers: unexpectedAnswers))
            }
            let at = now.timeIntervalSince1970
            let ids = (0 ..< count).map { _ in UUID().uuidString }
            state.requests += ids.map { id in
                LiveLedgerState.CountedRequest(provider: provider.id, target: target, spec: spec, id: id, at: at, expires: at + policy.window)
            }
            return .admitted(ids: ids)
        }
    }

    /// After a spec ran: restamps its reserved requests to `now` (when the provider last saw them) and
    /// records `extra` counted answers nobody predicted.
    public func settle(ids: [String], extra: Int, provider: String, target: String, policy: AbusePolicy, spec: String,
                       now: Date) throws(LiveLedgerError) {
        guard !ids.isEmpty || extra > 0 else { return }
        let at = now.timeIntervalSince1970
        try transaction(now: now) { state throws(LiveLedgerError) in
            let reserved = Set(ids)
            for index in state.requests.indices where reserved.contains(state.requests[index].id) {
                state.requests[index].at = at
                state.requests[index].expires = at + policy.window
            }
            state.requests += (0 ..< max(0, extra)).map { _ in
                LiveLedgerState.CountedRequest(provider: provider, target: target, spec: spec, id: UUID().uuidString, at: at, expires: at + policy.window)
            }
        }
    }

    /// Records that `provider` at `target` answered with its block; returns the block already on when
    /// another spec recorded one first (so the block is reported once).
    public func recordBlock(provider: String, target: String, spec: String, text: String, policy: AbusePolicy,
                            now: Date) throws(LiveLedgerError) -> LiveBlock? {
        let at = now.timeIntervalSince1970
        return try transaction(now: now) { state throws(LiveLedgerError) -> LiveBlock? in
            if let existing = state.block(provider: provider, target: target) { return LiveBlock(existing) }
            let lifts = policy.block?.liftsAfter ?? 0
            state.blocks.append(LiveLedgerState.Block(provider: provider, target: target, spec: spec, text: text, at: at, until: at + lifts))
            return nil
        }
    }

    /// How many counted requests for `provider` at `target` are inside their window at `now`.
    public func countedRequests(provider: String, target: String, now: Date) throws(LiveLedgerError) -> Int {
        try transaction(now: now) { state throws(LiveLedgerError) in state.requests(provider: provider, target: target).count }
    }

    /// The block on `provider` at `target` at `now`, if one is on.
    public func block(provider: String, target: String, now: Date) throws(LiveLedgerError) -> LiveBlock? {
        try transaction(now: now) { state throws(LiveLedgerError) in state.block(provider: provider, target: target).map(LiveBlock.init) }
    }

    /// Reads the ledger under the lock, drops what expired, lets `body` change it, and writes it back
    /// atomically when anything changed.
    func transaction<T>(now: Date, _ body: (inout LiveLedgerState) throws(LiveLedgerError) -> T) throws(LiveLedgerError) -> T {
        try FileLock.withExclusiveLock(at: lockPath) { () throws(LiveLedgerError) -> T in
            let bytes: [UInt8]
            if let data = FileManager.default.contents(atPath: path) {
                bytes = Array(data)
            } else if FileManager.default.fileExists(atPath: path) {
                throw LiveLedgerError(path: path, problem: "cannot be read")
            } else {
                bytes = []
            }
            let original = try LiveLedgerState.decode(bytes, path: path)
            var state = original
            state.prune(now: now.timeIntervalSince1970)
            let result = try body(&state)
            if state != original {
                do {
                    try AtomicFile.write(JSONWriter.bytes(state.json, style: .pretty) + [UInt8(ascii: "\n")], to: path)
                } catch {
                    throw LiveLedgerError(path: path, problem: "\(error)")
                }
            }
            return result
        }
    }
}
