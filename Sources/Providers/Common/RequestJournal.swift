import Synchronization
import StructuredData

/// What a fake received and what it answered, newest last, for `GET /__fake/requests` — the first
/// place to look when a client and a fake disagree. Requests refused by the fake are here too, which
/// the outbox never shows. Bounded, like the outbox; bodies are kept up to
/// ``JournalEntry/maxBodyBytes``.
public final class RequestJournal: Sendable {
    private struct Storage {
        var ring: BoundedRing<JournalEntry>
        var sequence = 0
    }

    /// How many entries a journal keeps unless told otherwise.
    public static let defaultCapacity = 500
    /// How many entries are kept; older ones are dropped first.
    public let capacity: Int
    private let clock: FakeClock
    private let storage: Mutex<Storage>

    /// An empty journal stamping entries with `clock`'s time.
    public init(clock: FakeClock, capacity: Int = RequestJournal.defaultCapacity) {
        self.clock = clock
        self.capacity = max(1, capacity)
        storage = Mutex(Storage(ring: BoundedRing(capacity: capacity)))
    }

    /// Records one exchange as the newest entry; returns its ``JournalEntry/sequence``.
    @discardableResult
    public func record(_ exchange: JournalEntry.Exchange) -> Int {
        let now = clock.now
        return storage.withLock { storage in
            storage.sequence += 1
            storage.ring.append(JournalEntry(sequence: storage.sequence, at: now, exchange: exchange))
            return storage.sequence
        }
    }

    /// The newest entry's sequence number (0 before the first); clearing does not lower it.
    public var lastSequence: Int { storage.withLock { $0.sequence } }

    /// The kept entries, oldest first.
    public var entries: [JournalEntry] { storage.withLock { $0.ring.elements } }

    /// Forgets every entry; numbering goes on, so a client can tell entries from before and after.
    public func clear() {
        storage.withLock { $0.ring.removeAll() }
    }

    /// The entries as the control API's JSON array.
    public var json: JSONValue { .array(entries.map(\.json)) }
}
