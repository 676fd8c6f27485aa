import ContractHarness
import Foundation
import Testing

/// Every file in `Specs/` is one test case: adding a spec file adds a test, with no code change.
/// This is the only suite that reads the user's `Specs/`; unit tests use their own fixtures
/// (`Tests/Fixtures/Suite`), so a wrong user spec fails here, alone, and nowhere else.
///
/// The target is `SMSCONTRACT_TARGET` (default the built-in fake); the record mode is
/// `SMSCONTRACT_RECORD`, else `never` when `CI` is set, else `missing`. On a live target nothing passes
/// silently: a live run that would run nothing, or whose configured provider lacks a variable, fails;
/// with `SMSCONTRACT_FAIL_ON_SKIP=1` every skipped spec fails.
@Suite struct ConformanceTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let environment = ProcessInfo.processInfo.environment
    static let isLive = environment["SMSCONTRACT_TARGET"] == "live"
    static let failOnSkip = RunVerdict.failOnSkip(environment: environment)

    /// `SMSCONTRACT_SHARD=K/N`: only the specs of shard K (by the same stable hash of the spec id
    /// as `smscontract run --shard`); an invalid value fails `theShardSettingIsValid`.
    static let shard: Result<SpecShard?, SpecShardError> = {
        guard let text = environment["SMSCONTRACT_SHARD"], !text.isEmpty else { return .success(nil) }
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
        let target: any SpecTarget = isLive ? LiveTarget(environment: environment) : FakeTarget()
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

    /// A live run must be able to run something: at least one provider configured, and every provider
    /// whose URL is set has its credentials too (a missing CI secret fails here, naming the variable).
    @Test(.enabled(if: isLive, "only on SMSCONTRACT_TARGET=live"))
    func theLiveTargetIsConfigured() {
        if let problem = LiveTarget(environment: Self.environment).wholeSuiteProblem() {
            Issue.record(Comment(rawValue: problem))
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
        if let message = Self.failure(result, file: file, failOnSkip: Self.failOnSkip) {
            Issue.record(Comment(rawValue: message))
        } else if result.outcome == .skipped {
            print("skipped \(spec.id): \(result.reason ?? "")")
        }
    }

    /// Each failure message starts with the spec's file, alone; skips fail only when asked; refused
    /// credentials are one line, not their differences.
    @Test func failureMessagesStartWithTheFile() throws {
        let file = "Specs/lox24/x.json"
        var result = SpecResult(spec: "lox24/x", provider: "lox24", sourcePath: file, outcome: .failed,
                                differences: [Difference(source: .cassette, path: "send/request/body/$.text", expected: "a", actual: "b")])
        let failed = try #require(Self.failure(result, file: file, failOnSkip: false))
        #expect(failed.hasPrefix("Specs/lox24/x.json: lox24/x differs:\n  send/request/body/$.text [cassette]: expected \"a\", got \"b\"\n  hint: only the cassette differs"))
        result.credentialRefusal = "lox24 refused the configured credentials (HTTP 401); check SMSCONTRACT_LOX24_TOKEN"
        #expect(Self.failure(result, file: file, failOnSkip: false) == "Specs/lox24/x.json: live lox24 refused the configured credentials (HTTP 401); check SMSCONTRACT_LOX24_TOKEN")
        let skipped = SpecResult(spec: "lox24/x", provider: "lox24", sourcePath: file, outcome: .skipped, reason: "fake only")
        #expect(Self.failure(skipped, file: file, failOnSkip: false) == nil)
        #expect(Self.failure(skipped, file: file, failOnSkip: true) == "Specs/lox24/x.json: skipped (fake only), and SMSCONTRACT_FAIL_ON_SKIP=1 makes a skip fail")
    }

    /// The one message a spec's test case fails with, file first; nil when it passes (or is skipped, allowed).
    static func failure(_ result: SpecResult, file: String, failOnSkip: Bool) -> String? {
        switch result.outcome {
        case .passed:
            return nil
        case .skipped:
            return failOnSkip ? "\(file): skipped (\(result.reason ?? "no reason")), and SMSCONTRACT_FAIL_ON_SKIP=1 makes a skip fail" : nil
        case .failed:
            if let refusal = result.credentialRefusal { return "\(file): live \(refusal)" }
            var lines = ["\(file): \(result.spec) differs:"] + result.differences.map { "  " + DifferenceText.line($0) }
            if let hint = result.rerecordHint { lines.append("  hint: \(hint)") }
            return lines.joined(separator: "\n")
        case .error:
            return "\(file): \(result.spec): \(result.reason ?? "error")"
        }
    }
}
