/// Latencies of one load, in microseconds, and the percentiles reported for it (nearest rank).
struct LatencySummary: Sendable, Equatable {
    /// Every latency, sorted.
    let sorted: [Double]

    init(_ samples: [Double]) {
        sorted = samples.sorted()
    }

    /// The latency at quantile `q` (0…1): the smallest sample at or above that share of them; NaN when empty.
    func percentile(_ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    /// The largest latency; NaN when empty.
    var maximum: Double { sorted.last ?? .nan }
}
