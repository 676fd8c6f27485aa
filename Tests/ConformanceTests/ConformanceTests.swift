import ContractHarness
import Foundation
import Testing

/// Every file in `Specs/` is one test case: adding a spec file adds a test, with no code change.
///
/// The target is `SMSCONTRACT_TARGET` (default the built-in fake); the record mode is
/// `SMSCONTRACT_RECORD`, else `never` when `CI` is set, else `missing`.
@Suite struct ConformanceTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `SMSCONTRACT_SHARD=K/N`: only the specs of shard K (by the same stable hash of the spec id
    /// as `smscontract run --shard`); an invalid value fails `theShardSettingIsValid`.
    static let shard: Result<SpecShard?, SpecShardError> = {
        guard let text = ProcessInfo.processInfo.environment["SMSCONTRACT_SHARD"], !text.isEmpty else { return .success(nil) }
        return Result { () throws(SpecShardError) in try SpecShard(parsing: text) }
    }()

    /// Spec files relative to the package root, so each test case is named by its file; only the
    /// shard's when `SMSCONTRACT_SHARD` is set (a file that does not load stays in, by its path).
    static let specFiles: [String] = {
        let files = SpecCatalog.files(in: root + "/Specs").map { String($0.dropFirst(root.count + 1)) }
        guard case .success(let shard?) = shard else { return files }
        return files.filter { file in shard.contains(id: (try? SpecCatalog.load(root + "/" + file))?.id ?? file) }
    }()

    static let runner: Result<SpecRunner, RecordModeError> = {
        let environment = ProcessInfo.processInfo.environment
        let target: any SpecTarget = environment["SMSCONTRACT_TARGET"] == "live" ? LiveTarget(environment: environment) : FakeTarget()
        return RecordMode.resolve(explicit: nil, environment: environment).map { mode in
            SpecRunner(target: target, recordMode: mode, cassettes: CassetteStore(root: root + "/Recordings"),
                       sendGuard: LiveSendGuard(environment: environment))
        }
    }()

    @Test func theSuiteHasSpecs() {
        if case .success(let shard?) = Self.shard {
            #expect(!Self.specFiles.isEmpty, "shard \(shard) has no specs")
        } else {
            #expect(Self.specFiles.count >= 30)
        }
    }

    @Test func theShardSettingIsValid() {
        if case .failure(let error) = Self.shard {
            Issue.record("SMSCONTRACT_SHARD: \(error); expected K/N with 1 ≤ K ≤ N, e.g. 2/3")
        }
    }

    @Test(arguments: specFiles)
    func spec(_ file: String) throws {
        let spec: Spec
        do {
            spec = try SpecCatalog.load(Self.root + "/" + file)
        } catch {
            Issue.record("\(error)")
            return
        }
        let result = try Self.runner.get().run(spec)
        switch result.outcome {
        case .passed:
            break
        case .skipped:
            print("skipped \(spec.id): \(result.reason ?? "")")
        case .failed:
            Issue.record(Comment(rawValue: (["\(spec.id) differs (\(file)):"] + result.differences.map { "  " + $0.description }).joined(separator: "\n")))
        case .error:
            Issue.record(Comment(rawValue: "\(spec.id) (\(file)): \(result.reason ?? "error")"))
        }
    }
}
