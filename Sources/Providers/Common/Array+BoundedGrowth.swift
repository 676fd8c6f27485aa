extension Array {
    /// Appends `element` to an array that will never hold more than `bound` elements: storage grows
    /// as usual while small, and once doubling would pass the bound it is sized to the bound exactly
    /// (a ring of 10 000 would otherwise keep room for 16 384).
    mutating func append(_ element: Element, neverExceeding bound: Int) {
        if count == capacity, count * 2 > bound, bound > count { reserveCapacity(bound) }
        append(element)
    }
}
