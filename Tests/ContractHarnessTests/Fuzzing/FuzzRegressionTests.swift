import Foundation
import Testing

/// Every input kept from fuzzing (`Tests/Fixtures/Fuzz/<target>/`) and every hand-written seed (`fuzz/Seeds/<target>/`)
/// passes its target's check: crashes fuzz/run found stay fixed.
@Suite struct FuzzRegressionTests {
    /// The checks fuzz/run compiles into its targets, by target name.
    static let checks: [String: @Sendable ([UInt8]) -> String?] = [
        "http-request": HTTPRequestFuzzing.check,
        "smtp-session": SMTPSessionFuzzing.check,
        "mime": MIMEFuzzing.check,
        "csv": CSVFuzzing.check,
        "spec-loader": SpecLoaderFuzzing.check,
        "cassette-loader": CassetteLoaderFuzzing.check,
        "xml": XMLFuzzing.check,
        "gsm-segmenter": SegmenterFuzzing.check,
    ]

    /// One kept input: the target it is for and its file.
    struct Input: Sendable, CustomTestStringConvertible {
        let target: String
        let path: String
        var testDescription: String { "\(target)/\((path as NSString).lastPathComponent)" }
    }

    static let fixtures = RepositoryFixture.root + "/Tests/Fixtures/Fuzz"

    static var inputs: [Input] {
        [fixtures, RepositoryFixture.root + "/fuzz/Seeds"].flatMap { folder in
            let targets = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return targets.sorted().flatMap { target in
                let files = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + target)) ?? []
                return files.sorted().map { Input(target: target, path: folder + "/" + target + "/" + $0) }
            }
        }
    }

    @Test(arguments: inputs)
    func keptInputPassesItsCheck(_ input: Input) throws {
        let check = try #require(Self.checks[input.target], "no check for fuzz target \(input.target)")
        let bytes = try #require(FileManager.default.contents(atPath: input.path))
        #expect(check(Array(bytes)) == nil)
    }

    @Test func everyFuzzTargetHasItsCheckHere() throws {
        let targets = try FileManager.default.contentsOfDirectory(atPath: RepositoryFixture.root + "/fuzz/Targets")
        #expect(Set(targets.map { ($0 as NSString).deletingPathExtension }) == Set(Self.checks.keys))
    }
}
