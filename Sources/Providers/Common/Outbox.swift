import Synchronization
import StructuredData

/// The SMS a fake has accepted, newest last, bounded so that sustained load keeps memory flat.
public final class Outbox: Sendable {
    private struct Storage {
        /// The kept entries; once full, a ring whose oldest entry is at `oldest`, so recording costs
        /// the same however many are kept (removing the first of 10 000 moves all the others).
        var ring: [OutboxEntry] = []
        var oldest = 0
        var dropped = 0
    }

    /// How many entries are kept; older ones are dropped first.
    public let capacity: Int
    private let storage = Mutex(Storage())

    /// Creates an empty outbox keeping at most `capacity` entries.
    public init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
    }

    /// Adds an accepted SMS.
    public func record(_ entry: OutboxEntry) {
        storage.withLock { storage in
            if storage.ring.count < capacity {
                storage.ring.append(entry, neverExceeding: capacity)
            } else {
                storage.ring[storage.oldest] = entry
                storage.oldest = (storage.oldest + 1) % capacity
                storage.dropped += 1
            }
        }
    }

    /// The kept entries, oldest first.
    public var entries: [OutboxEntry] { storage.withLock { Array($0.ring[$0.oldest...] + $0.ring[..<$0.oldest]) } }

    /// How many entries were dropped because the outbox was full.
    public var droppedCount: Int { storage.withLock { $0.dropped } }

    /// Removes every entry.
    public func reset() {
        storage.withLock { $0 = Storage() }
    }

    /// The entries as the control API's JSON array.
    public var json: JSONValue { .array(entries.map(\.json)) }
}
