import Synchronization
import StructuredData

/// The SMS a fake has accepted, newest last, bounded so that sustained load keeps memory flat.
public final class Outbox: Sendable {
    private struct Storage {
        var ring: BoundedRing<OutboxEntry>
        var dropped = 0
        /// Entries recorded since the outbox was created; not reset, so a reader can tell new from old.
        var recorded = 0
    }

    /// How many entries are kept; older ones are dropped first.
    public let capacity: Int
    private let storage: Mutex<Storage>
    private let clock: FakeClock?

    /// Creates an empty outbox keeping at most `capacity` entries, stamping each with `clock`'s time when given.
    public init(capacity: Int = 10_000, clock: FakeClock? = nil) {
        self.capacity = max(1, capacity)
        self.clock = clock
        storage = Mutex(Storage(ring: BoundedRing(capacity: capacity)))
    }

    /// Adds an accepted SMS, numbering it and stamping its ``OutboxEntry/acceptedAt``.
    public func record(_ entry: OutboxEntry) {
        var entry = entry
        if entry.acceptedAt == nil { entry.acceptedAt = clock?.now }
        storage.withLock { storage in
            storage.recorded += 1
            entry.sequence = storage.recorded
            if storage.ring.append(entry) != nil { storage.dropped += 1 }
        }
    }

    /// How many entries were recorded since the outbox was created (resets do not lower it).
    public var recordedCount: Int { storage.withLock { $0.recorded } }

    /// The kept entries, oldest first.
    public var entries: [OutboxEntry] { storage.withLock { $0.ring.elements } }

    /// How many entries were dropped because the outbox was full.
    public var droppedCount: Int { storage.withLock { $0.dropped } }

    /// Removes every entry.
    public func reset() {
        storage.withLock { $0 = Storage(ring: BoundedRing(capacity: capacity), recorded: $0.recorded) }
    }

    /// The entries as the control API's JSON array.
    public var json: JSONValue { .array(entries.map(\.json)) }
}
