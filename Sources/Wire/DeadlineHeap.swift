/// A binary min-heap of (instant, token) pairs: the loop's pending deadlines.
///
/// Entries are never removed early. A connection whose deadline moves later keeps its old entry and is re-armed
/// when that entry comes due; only a deadline moving earlier pushes a new entry. So the heap stays around the
/// number of connections instead of growing by an entry per request.
struct DeadlineHeap {
    /// One scheduled deadline.
    struct Entry: Equatable {
        var instant: MonotonicInstant
        var token: UInt64
    }

    private var entries: [Entry] = []

    /// The number of entries, stale ones included.
    var count: Int { entries.count }

    /// Whether there are no entries.
    var isEmpty: Bool { entries.isEmpty }

    /// The earliest entry.
    var first: Entry? { entries.first }

    /// Adds an entry.
    mutating func push(_ instant: MonotonicInstant, token: UInt64) {
        entries.append(Entry(instant: instant, token: token))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].instant < entries[parent].instant else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the earliest entry if it is due at `now`.
    mutating func popDue(at now: MonotonicInstant) -> Entry? {
        guard let top = entries.first, top.instant <= now else { return nil }
        let last = entries.removeLast()
        guard !entries.isEmpty else { return top }
        entries[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < entries.count, entries[left].instant < entries[smallest].instant { smallest = left }
            if right < entries.count, entries[right].instant < entries[smallest].instant { smallest = right }
            guard smallest != parent else { break }
            entries.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
