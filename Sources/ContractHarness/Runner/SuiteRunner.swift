import Dispatch
import Foundation
import Synchronization

/// Runs many specs, in parallel where the machine allows, returning results in the specs' order.
public struct SuiteRunner: Sendable {
    /// The runner each spec goes through.
    public let runner: SpecRunner
    /// How many specs run at once.
    public let parallelism: Int

    /// Creates a suite runner.
    public init(runner: SpecRunner, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.runner = runner
        self.parallelism = max(1, parallelism)
    }

    /// Runs every spec; `progress` is called once per finished spec (from any thread).
    public func run(_ specs: [Spec], progress: @escaping @Sendable (SpecResult) -> Void = { _ in }) -> [SpecResult] {
        let results = Mutex<[Int: SpecResult]>([:])
        let next = Atomic<Int>(0)
        let workers = min(parallelism, max(1, specs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < specs.count else { return }
                let result = runner.run(specs[index])
                progress(result)
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { stored in specs.indices.compactMap { stored[$0] } }
    }
}
