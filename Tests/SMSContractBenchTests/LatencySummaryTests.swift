import Testing
@testable import smscontract_bench

@Suite struct LatencySummaryTests {
    @Test(arguments: [(0.5, 50.0), (0.99, 99.0), (0.999, 100.0), (0.0, 1.0), (1.0, 100.0)])
    func percentilesAreNearestRank(quantile: Double, expected: Double) {
        let summary = LatencySummary((1...100).reversed().map(Double.init))
        #expect(summary.percentile(quantile) == expected)
    }

    @Test func anEmptyLoadHasNoPercentiles() {
        #expect(LatencySummary([]).percentile(0.99).isNaN)
        #expect(LatencySummary([]).maximum.isNaN)
        #expect(LatencySummary([3, 9, 1]).maximum == 9)
    }
}
