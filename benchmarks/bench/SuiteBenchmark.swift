import ContractHarness
import Foundation

/// The spec suite against the in-process fakes (a fresh fake per spec, as `smscontract run` does),
/// at growing spec counts: strided subsets of `Specs/` below 1, the whole suite repeated above it.
/// Cassettes are compared, never written (record mode `never`).
enum SuiteBenchmark {
    static func run(specsDirectory: String, recordingsDirectory: String, scales: [Double], rounds: Int) -> Bool {
        var loaded: (specs: [Spec], problems: [SpecProblem]) = ([], [])
        let loadSeconds = Measurement.seconds { loaded = SpecCatalog.loadAll(SpecCatalog.files(in: specsDirectory)) }
        guard loaded.problems.isEmpty, !loaded.specs.isEmpty else {
            FileHandle.standardError.write(Data("cannot load the specs in \(specsDirectory): \(loaded.problems.count) problems\n".utf8))
            return false
        }
        let specs = loaded.specs
        let runner = SuiteRunner(runner: SpecRunner(
            target: FakeTarget(), recordMode: .never, cassettes: CassetteStore(root: recordingsDirectory)))
        _ = runner.run(Array(specs.prefix(8))) // Warm-up: first sockets, first fakes.
        var samples: [Double: [Double]] = [:]
        var succeeded = true
        for _ in 0..<max(1, rounds) {
            for scale in scales { // Interleaved, so drift in the machine's load spreads over every scale.
                let selection = select(specs, scale: scale)
                var results: [SpecResult] = []
                let seconds = Measurement.seconds { results = runner.run(selection) }
                let bad = results.filter { $0.outcome == .failed || $0.outcome == .error }
                if !bad.isEmpty {
                    let names = bad.prefix(5).map { "\($0.spec) (\($0.outcome.rawValue): \($0.reason ?? "\($0.differences.count) differences"))" }
                    FileHandle.standardError.write(Data("\(bad.count) specs did not pass: \(names.joined(separator: ", "))\n".utf8))
                    succeeded = false
                }
                samples[scale, default: []].append(seconds)
            }
        }
        for scale in scales {
            let count = select(specs, scale: scale).count
            let median = Measurement.quantile(samples[scale] ?? [], 0.5)
            Measurement.emit([
                "benchmark": "suite", "scale": .number(scale), "specs": .integer(count), "rounds": .integer(samples[scale]?.count ?? 0),
                "seconds_median": Measurement.number(median, digits: 4),
                "seconds_min": Measurement.number((samples[scale] ?? []).min() ?? .nan, digits: 4),
                "specs_per_second": Measurement.number(Double(count) / median, digits: 1),
                "load_seconds": Measurement.number(loadSeconds, digits: 4),
                "parallelism": .integer(runner.parallelism),
            ])
        }
        return succeeded
    }

    /// Every k-th spec for a fraction of the suite (keeping the providers' mix); whole copies above 1.
    static func select(_ specs: [Spec], scale: Double) -> [Spec] {
        let wanted = max(1, Int((Double(specs.count) * scale).rounded()))
        guard wanted < specs.count else {
            return (0..<wanted).map { specs[$0 % specs.count] }
        }
        return (0..<wanted).map { specs[$0 * specs.count / wanted] }
    }
}
