@testable import Providers
import Testing

@Suite struct ArrayBoundedGrowthTests {
    @Test(arguments: [10_000, 1_000, 37, 1])
    func storageStopsAtTheBound(bound: Int) {
        var array: [Int] = []
        for value in 0..<bound { array.append(value, neverExceeding: bound) }
        #expect(array == Array(0..<bound))
        #expect(array.capacity >= bound)
        #expect(array.capacity < bound + 64) // Room for the bound, not the next power of two.
    }

    @Test func aSmallArrayStaysSmall() {
        var array: [Int] = []
        for value in 0..<10 { array.append(value, neverExceeding: 10_000) }
        #expect(array.capacity < 100)
    }
}
