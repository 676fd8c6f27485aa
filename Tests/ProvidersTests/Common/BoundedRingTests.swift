@testable import Providers
import Testing

@Suite struct BoundedRingTests {
    @Test func keepsTheNewestOldestFirstAndReportsWhatItDrops() {
        var ring = BoundedRing<Int>(capacity: 3)
        let dropped = (1...7).map { ring.append($0) }
        #expect(dropped == [nil, nil, nil, 1, 2, 3, 4])
        #expect(ring.elements == [5, 6, 7])
        #expect(ring.count == 3)
    }

    @Test func manyTimesRoundItStaysInOrder() {
        var ring = BoundedRing<Int>(capacity: 100)
        for number in 0..<10_050 { ring.append(number) }
        #expect(ring.elements == Array(9_950..<10_050))
    }

    @Test func removeAllEmptiesItAndTheBoundStays() {
        var ring = BoundedRing<Int>(capacity: 2)
        [1, 2, 3].forEach { ring.append($0) }
        ring.removeAll()
        #expect(ring.elements.isEmpty)
        [4, 5, 6].forEach { ring.append($0) }
        #expect(ring.elements == [5, 6])
    }

    @Test func aCapacityBelowOneKeepsOne() {
        var ring = BoundedRing<String>(capacity: -3)
        ring.append("a")
        #expect(ring.append("b") == "a")
        #expect(ring.elements == ["b"])
    }

    @Test func aSlotNamedBeforeAppendingReachesThatElementUntilItIsDropped() {
        var ring = BoundedRing<String>(capacity: 2)
        let slots = ["a", "b", "c"].map { element in
            let slot = ring.nextSlot
            ring.append(element)
            return slot
        }
        #expect(slots == [0, 1, 0])
        #expect(ring[slot: slots[1]] == "b")
        #expect(ring[slot: slots[2]] == "c")
        ring[slot: slots[1]] = "B"
        #expect(ring.elements == ["B", "c"])
    }
}
