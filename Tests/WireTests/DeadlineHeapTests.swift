import Testing
@testable import Wire

@Suite struct DeadlineHeapTests {
    @Test func popsInOrderOnlyWhenDue() {
        var heap = DeadlineHeap()
        for (index, seconds) in [5, 1, 4, 2, 3, 1].enumerated() {
            heap.push(MonotonicInstant(nanoseconds: UInt64(seconds)), token: UInt64(index))
        }
        #expect(heap.popDue(at: MonotonicInstant(nanoseconds: 0)) == nil)
        var popped: [UInt64] = []
        while let entry = heap.popDue(at: MonotonicInstant(nanoseconds: 3)) { popped.append(entry.instant.nanoseconds) }
        #expect(popped == [1, 1, 2, 3])
        #expect(heap.count == 2)
        #expect(heap.first?.instant == MonotonicInstant(nanoseconds: 4))
    }
}
