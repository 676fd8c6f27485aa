/// The newest `capacity` values a fake keeps, oldest first, each found by its key: the bound that keeps
/// memory flat under sustained load.
///
/// A ring (the oldest at a moving index) in an array that stops growing at the bound, with a key →
/// position index. Not a dictionary of values plus an order array: removing the first of 10 000 moves
/// all the others, and a dictionary rounds 10 000 slots up to 16 384, each as large as a value.
struct RetainedRing<Key: Hashable, Value> {
    private struct Entry {
        var key: Key
        var value: Value
    }

    /// How many values are kept; keeping one more forgets the oldest.
    let capacity: Int
    private var ring: [Entry] = []
    private var oldest = 0
    private var positions: [Key: Int] = [:]

    /// An empty ring keeping at most `capacity` values (at least one).
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// How many values are kept.
    var count: Int { ring.count }

    /// Keeps `value` under `key` as the newest, forgetting the oldest when full. A key already kept
    /// has its value replaced where it is.
    mutating func keep(_ value: Value, for key: Key) {
        if let position = positions[key] {
            ring[position].value = value
        } else if ring.count < capacity {
            positions[key] = ring.count
            ring.append(Entry(key: key, value: value), neverExceeding: capacity)
        } else {
            positions[ring[oldest].key] = nil
            positions[key] = oldest
            ring[oldest] = Entry(key: key, value: value)
            oldest = (oldest + 1) % capacity
        }
    }

    /// The value kept under `key`, if any.
    subscript(key: Key) -> Value? {
        positions[key].map { ring[$0].value }
    }

    /// Every kept value, oldest first.
    var values: [Value] {
        (ring[oldest...] + ring[..<oldest]).map(\.value)
    }
}
