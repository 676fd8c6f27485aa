import Synchronization
import StructuredData

/// The SMS a fake has accepted, newest last, bounded so that sustained load keeps memory flat.
public final class Outbox: Sendable {
    private struct Storage {
        var ring: BoundedRing<OutboxEntry>
        var dropped = 0
    }

    /// How many entries are kept; older ones are dropped first.
    public let capacity: Int
    private let storage: Mutex<Storage>

    /// Creates an empty outbox keeping at most `capacity` entries.
    public init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
        storage = Mutex(Storage(ring: BoundedRing(capacity: capacity)))
    }

    /// Adds an accepted SMS.
    public func record(_ entry: OutboxEntry) {
        storage.withLock { storage in
            if storage.ring.append(entry) != nil { storage.dropped += 1 }
        }
    }

    /// The kept entries, oldest first.
    public var entries: [OutboxEntry] { storage.withLock { $0.ring.elements } }

    /// How many entries were dropped because the outbox was full.
    public var droppedCount: Int { storage.withLock { $0.dropped } }

    /// Removes every entry.
    public func reset() {
        storage.withLock { $0 = Storage(ring: BoundedRing(capacity: capacity)) }
    }

    /// The entries as the control API's JSON array.
    public var json: JSONValue { .array(entries.map(\.json)) }
}
