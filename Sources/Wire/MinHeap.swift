/// A binary min-heap: the smallest element first, adding and removing in O(log n). The event loops'
/// deadlines and the fakes' scheduled work both wait in one.
public struct MinHeap<Element: Comparable> {
    private var elements: [Element] = []

    /// An empty heap.
    public init() {}

    /// How many elements there are.
    public var count: Int { elements.count }

    /// Whether there are no elements.
    public var isEmpty: Bool { elements.isEmpty }

    /// The smallest element, if any.
    public var first: Element? { elements.first }

    /// Adds `element`.
    public mutating func insert(_ element: Element) {
        elements.append(element)
        var child = elements.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard elements[child] < elements[parent] else { break }
            elements.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the smallest element, if any.
    public mutating func removeFirst() -> Element? {
        guard !elements.isEmpty else { return nil }
        elements.swapAt(0, elements.count - 1)
        let smallest = elements.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallestChild = parent
            if left < elements.count, elements[left] < elements[smallestChild] { smallestChild = left }
            if right < elements.count, elements[right] < elements[smallestChild] { smallestChild = right }
            guard smallestChild != parent else { return smallest }
            elements.swapAt(parent, smallestChild)
            parent = smallestChild
        }
    }

    /// Removes every element.
    public mutating func removeAll() {
        elements.removeAll()
    }
}
extension MinHeap: Sendable where Element: Sendable {}
