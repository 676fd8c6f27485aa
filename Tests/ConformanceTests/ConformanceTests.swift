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

    /// Spec files relative to the package root, so each test case is named by its file.
    static let specFiles: [String] = SpecCatalog.files(in: root + "/Specs").map { String($0.dropFirst(root.count + 1)) }

    static let runner: Result<SpecRunner, RecordModeError> = {
        let environment = ProcessInfo.processInfo.environment
        let target: any SpecTarget = environment["SMSCONTRACT_TARGET"] == "live" ? LiveTarget(environment: environment) : FakeTarget()
        return RecordMode.resolve(explicit: nil, environment: environment).map { mode in
            SpecRunner(target: target, recordMode: mode, cassettes: CassetteStore(root: root + "/Recordings"),
                       sendGuard: LiveSendGuard(environment: environment))
        }
    }()

    @Test func theSuiteHasSpecs() {
        #expect(Self.specFiles.count >= 30)
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
