/// The newest `capacity` values a fake keeps, oldest first, each found by its key: the bound that keeps
/// memory flat under sustained load.
///
/// A ``BoundedRing`` with a key → slot index. Not a dictionary of values plus an order array:
/// removing the first of 10 000 moves all the others, and a dictionary rounds 10 000 slots up to
/// 16 384, each as large as a value.
struct RetainedRing<Key: Hashable, Value> {
    private struct Entry {
        var key: Key
        var value: Value
    }

    private var ring: BoundedRing<Entry>
    private var slots: [Key: Int] = [:]

    /// An empty ring keeping at most `capacity` values (at least one).
    init(capacity: Int) {
        ring = BoundedRing(capacity: capacity)
    }

    /// How many values are kept; keeping one more forgets the oldest.
    var capacity: Int { ring.capacity }

    /// How many values are kept.
    var count: Int { ring.count }

    /// Keeps `value` under `key` as the newest, forgetting the oldest when full. A key already kept
    /// has its value replaced where it is.
    mutating func keep(_ value: Value, for key: Key) {
        if let slot = slots[key] {
            ring[slot: slot].value = value
            return
        }
        let slot = ring.nextSlot
        if let dropped = ring.append(Entry(key: key, value: value)) { slots[dropped.key] = nil }
        slots[key] = slot
    }

    /// The value kept under `key`, if any.
    subscript(key: Key) -> Value? {
        slots[key].map { ring[slot: $0].value }
    }

    /// Every kept value, oldest first.
    var values: [Value] {
        ring.elements.map(\.value)
    }
}
