import Dispatch
import Synchronization

/// Lets one spec of a provider go first in a run, and holds the provider's other specs until its
/// answers are in: when the provider is already blocking, only that one request meets the block,
/// instead of one per parallel worker.
final class LiveProbeGate: Sendable {
    private enum State {
        /// The first spec is out; these specs wait for it.
        case probing(waiters: [DispatchSemaphore])
        /// The provider answered without a block: specs run freely.
        case verified
    }

    private enum Entry {
        case probe, go
        case wait(DispatchSemaphore)
    }

    private let states = Mutex<[String: State]>([:])

    /// Waits while another spec probes `key`; returns whether the caller is now the one probing
    /// (and must call ``leave(_:verified:)``).
    func enter(_ key: String) -> Bool {
        while true {
            let entry = states.withLock { states -> Entry in
                switch states[key] {
                case nil:
                    states[key] = .probing(waiters: [])
                    return .probe
                case .verified:
                    return .go
                case .probing(var waiters):
                    let semaphore = DispatchSemaphore(value: 0)
                    waiters.append(semaphore)
                    states[key] = .probing(waiters: waiters)
                    return .wait(semaphore)
                }
            }
            switch entry {
            case .probe: return true
            case .go: return false
            case .wait(let semaphore): semaphore.wait()
            }
        }
    }

    /// Ends a probe: `verified` when the provider answered without a block (later specs go freely),
    /// else the next spec probes again. Wakes every waiting spec.
    func leave(_ key: String, verified: Bool) {
        let waiters = states.withLock { states -> [DispatchSemaphore] in
            guard case .probing(let waiters) = states[key] else { return [] }
            states[key] = verified ? .verified : nil
            return waiters
        }
        for waiter in waiters { waiter.signal() }
    }
}
