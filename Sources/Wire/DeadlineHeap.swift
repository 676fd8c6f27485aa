/// The loop's pending deadlines: (instant, token) pairs in a ``MinHeap``, earliest first.
///
/// Entries are never removed early. A connection whose deadline moves later keeps its old entry and is re-armed
/// when that entry comes due; only a deadline moving earlier pushes a new entry. So the heap stays around the
/// number of connections instead of growing by an entry per request.
struct DeadlineHeap {
    /// One scheduled deadline; ordered by its instant.
    struct Entry: Comparable {
        var instant: MonotonicInstant
        var token: UInt64

        static func < (left: Entry, right: Entry) -> Bool { left.instant < right.instant }
    }

    private var entries = MinHeap<Entry>()

    /// The number of entries, stale ones included.
    var count: Int { entries.count }

    /// Whether there are no entries.
    var isEmpty: Bool { entries.isEmpty }

    /// The earliest entry.
    var first: Entry? { entries.first }

    /// Adds an entry.
    mutating func push(_ instant: MonotonicInstant, token: UInt64) {
        entries.insert(Entry(instant: instant, token: token))
    }

    /// Removes and returns the earliest entry if it is due at `now`.
    mutating func popDue(at now: MonotonicInstant) -> Entry? {
        guard let top = entries.first, top.instant <= now else { return nil }
        return entries.removeFirst()
    }
}
