import Foundation
import StructuredData

/// Timing helpers shared by the in-process benchmarks.
enum Measurement {
    /// Seconds taken by `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let started = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// The value at quantile `q` (0…1) of `samples`, nearest rank.
    static func quantile(_ samples: [Double], _ q: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((q * Double(sorted.count - 1)).rounded())
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }

    /// Prints one result line as compact JSON.
    static func emit(_ object: JSONObject) {
        print(JSONWriter.string(.object(object)))
    }

    /// A figure rounded to `digits` decimals, as JSON.
    static func number(_ value: Double, digits: Int = 3) -> JSONValue {
        let scale = pow(10, Double(digits))
        return .number((value * scale).rounded() / scale)
    }
}
