/// The newest `capacity` elements, oldest first: a ring (the oldest at a moving index) in an array
/// that stops growing at the bound, so appending costs the same however many are kept — removing the
/// first of 10 000 would move all the others.
struct BoundedRing<Element> {
    /// How many elements are kept; appending one more drops the oldest.
    let capacity: Int
    private var storage: [Element] = []
    private var oldest = 0

    /// An empty ring keeping at most `capacity` elements (at least one).
    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// How many elements are kept.
    var count: Int { storage.count }

    /// The slot the next ``append(_:)`` puts its element in, for reaching it later through
    /// ``subscript(slot:)`` (until it is dropped).
    var nextSlot: Int { storage.count < capacity ? storage.count : oldest }

    /// The element in `slot`, as ``nextSlot`` named it before it was appended.
    subscript(slot slot: Int) -> Element {
        get { storage[slot] }
        set { storage[slot] = newValue }
    }

    /// Appends `element` as the newest; returns the oldest when it was dropped to make room.
    @discardableResult
    mutating func append(_ element: Element) -> Element? {
        guard storage.count == capacity else {
            storage.append(element, neverExceeding: capacity)
            return nil
        }
        let dropped = storage[oldest]
        storage[oldest] = element
        oldest = (oldest + 1) % capacity
        return dropped
    }

    /// The kept elements, oldest first.
    var elements: [Element] {
        Array(storage[oldest...] + storage[..<oldest])
    }

    /// Drops every element.
    mutating func removeAll() {
        storage = []
        oldest = 0
    }
}
