@testable import Providers
import Testing

@Suite struct RetainedRingTests {
    @Test func keepsTheNewestOldestFirstAndForgetsTheRest() {
        var ring = RetainedRing<Int, String>(capacity: 3)
        for number in 1...7 { ring.keep("v\(number)", for: number) }
        #expect(ring.count == 3)
        #expect(ring.values == ["v5", "v6", "v7"])
        #expect((1...7).map { ring[$0] } == [nil, nil, nil, nil, "v5", "v6", "v7"])
    }

    @Test func beforeItIsFullNothingIsForgotten() {
        var ring = RetainedRing<String, Int>(capacity: 10)
        ring.keep(1, for: "a")
        ring.keep(2, for: "b")
        #expect(ring.values == [1, 2])
        #expect(ring["a"] == 1 && ring["b"] == 2 && ring["c"] == nil)
    }

    @Test func aKeyKeptAgainIsReplacedWhereItIs() {
        var ring = RetainedRing<String, Int>(capacity: 2)
        ring.keep(1, for: "a")
        ring.keep(2, for: "b")
        ring.keep(10, for: "a")
        #expect(ring.values == [10, 2])
        ring.keep(3, for: "c") // Forgets "a", still the oldest.
        #expect(ring.values == [2, 3])
        #expect(ring["a"] == nil)
    }

    @Test func manyTimesRoundTheRingStaysConsistent() {
        var ring = RetainedRing<Int, Int>(capacity: 100)
        for number in 0..<10_050 { ring.keep(number * 2, for: number) }
        #expect(ring.values == (9_950..<10_050).map { $0 * 2 })
        #expect(ring[9_949] == nil)
        #expect(ring[9_950] == 19_900)
    }

    @Test func aCapacityBelowOneKeepsOne() {
        var ring = RetainedRing<Int, Int>(capacity: 0)
        ring.keep(1, for: 1)
        ring.keep(2, for: 2)
        #expect(ring.values == [2])
    }
}
