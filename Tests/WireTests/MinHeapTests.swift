import Wire
import Testing

@Suite struct MinHeapTests {
    @Test func elementsComeOutSmallestFirst() {
        var state: UInt64 = 42 // A linear congruential sequence: many repeats, in no order.
        let values = (0..<1_000).map { _ -> Int in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % 100
        }
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
