import ContractHarness
import Dispatch
import Foundation
import Synchronization
import Testing

/// Several runners recording the same specs into one `Recordings/` at once never corrupt a cassette.
@Suite struct ParallelRecordingTests {
    @Test func parallelRunnersRecordingTheSameFolderLeaveOnlyWholeCassettes() throws {
        let scratch = try RepositoryFixture.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let recordings = scratch + "/Recordings" // Does not exist yet: the runners race to create its folders.
        let files = ["lox24", "iovox", "rox-email", "skycore", "rox"].flatMap { provider in
            SpecCatalog.files(in: RepositoryFixture.specs + "/" + provider).prefix(6)
        }
        let (specs, problems) = SpecCatalog.loadAll(files)
        #expect(problems.isEmpty)
        let runs = 4
        let results = Mutex<[SpecResult]>([])
        DispatchQueue.concurrentPerform(iterations: runs) { _ in
            let suite = SuiteRunner(runner: SpecRunner(target: FakeTarget(), recordMode: .all, cassettes: CassetteStore(root: recordings)),
                                    parallelism: 2)
            let run = suite.run(specs)
            results.withLock { $0 += run }
        }
        #expect(results.withLock(\.count) == runs * specs.count)
        for result in results.withLock({ $0 }) {
            #expect(result.outcome == .passed, "\(result.spec): \(result.outcome)")
        }
        let store = CassetteStore(root: recordings)
        for spec in specs {
            let cassette = try store.load(specID: spec.id)
            #expect(cassette?.spec == spec.id)
        }
        let written = FileManager.default.enumerator(atPath: recordings)?.compactMap { $0 as? String } ?? []
        #expect(!written.contains { $0.hasSuffix(".tmp") })
        let compared = SuiteRunner(runner: SpecRunner(target: FakeTarget(), recordMode: .never, cassettes: store)).run(specs)
        #expect(compared.allSatisfy { $0.outcome == .passed })
    }
}
