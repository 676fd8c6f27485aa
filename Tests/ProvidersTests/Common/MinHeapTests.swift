@testable import Providers
import Testing

@Suite struct MinHeapTests {
    @Test func elementsComeOutSmallestFirst() {
        var generator = SplitMix64(seed: 42)
        let values = (0..<1_000).map { _ in Int(generator.next(upperBound: UInt64(100))) }
        var heap = MinHeap<Int>()
        values.forEach { heap.insert($0) }
        #expect(heap.count == 1_000)
        #expect(heap.first == values.min())
        var drained: [Int] = []
        while let next = heap.removeFirst() { drained.append(next) }
        #expect(drained == values.sorted())
        #expect(heap.count == 0)
    }

    @Test func insertingBetweenRemovalsKeepsTheOrder() {
        var heap = MinHeap<Int>()
        [5, 3, 8].forEach { heap.insert($0) }
        #expect(heap.removeFirst() == 3)
        heap.insert(1)
        heap.insert(6)
        #expect([heap.removeFirst(), heap.removeFirst(), heap.removeFirst(), heap.removeFirst(), heap.removeFirst()] == [1, 5, 6, 8, nil])
    }

    @Test func removeAllEmptiesIt() {
        var heap = MinHeap<Int>()
        heap.insert(2)
        heap.removeAll()
        #expect(heap.first == nil && heap.removeFirst() == nil)
    }
}
