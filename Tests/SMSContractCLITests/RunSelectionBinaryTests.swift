import Foundation
import StructuredData
import Testing

/// `run --spec` with folders and globs, `--tag`, `--id`, `--exclude`, `--shard` and `SMSCONTRACT_SHARD`,
/// through the built binary.
@Suite struct RunSelectionBinaryTests {
    static func ran(_ output: CommandLineBinaryTests.Output) -> [String] {
        output.stdout.split(separator: "\n").compactMap { line in
            line.hasPrefix("PASS ") ? line.dropFirst(5).split(separator: " ").first.map(String.init) : nil
        }
    }

    @Test func specTakesFoldersFilesAndTheRestOfAShellGlob() throws {
        let folder = try CommandLineBinaryTests.run(["run", "--record", "never", "--spec", "Specs/iovox", "--spec", "Specs/lox24/get-by-uuid.json"])
        #expect(folder.status == 0, Comment(rawValue: folder.stdout + folder.stderr))
        let names = Self.ran(folder)
        #expect(names.count == (try FileManager.default.contentsOfDirectory(atPath: CommandLineBinaryTests.fixture + "/Specs/iovox")).count + 1)
        #expect(names.contains("lox24/get-by-uuid") && names.contains("iovox/send-basic-example"))
        // `--spec Specs/lox24/get-*.json` as the shell expands it: one --spec, then more paths.
        let glob = try CommandLineBinaryTests.run(["run", "--record", "never", "--spec", "Specs/lox24/get-by-uuid.json", "Specs/lox24/get-unknown-uuid.json", "Specs/lox24/get-by-uuid.json"])
        #expect(glob.status == 0)
        #expect(Self.ran(glob) == ["lox24/get-by-uuid", "lox24/get-unknown-uuid"])
        let missing = try CommandLineBinaryTests.run(["run", "--spec", "Specs/nope"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Specs/nope: no such spec file or folder"))
        let stray = try CommandLineBinaryTests.run(["run", "Specs/lox24"])
        #expect(stray.status == 2)
        #expect(stray.stderr.contains("unexpected argument \"Specs/lox24\""))
    }

    @Test func idExcludeAndTagSelect() throws {
        let ids = try CommandLineBinaryTests.run(["run", "--record", "never", "--id", "iovox/origin-*", "--exclude", "*-1[12]-*", "--exclude", "Specs/iovox/origin-empty.json"])
        #expect(ids.status == 0, Comment(rawValue: ids.stdout + ids.stderr))
        let names = Self.ran(ids)
        #expect(!names.isEmpty)
        #expect(names.allSatisfy { $0.hasPrefix("iovox/origin-") && $0 != "iovox/origin-empty" && !$0.contains("-11-") && !$0.contains("-12-") })
        #expect(names.contains("iovox/origin-special-characters"))
        let tagged = try CommandLineBinaryTests.run(["run", "--record", "never", "--tag", "request-fields"])
        #expect(tagged.status == 0, Comment(rawValue: tagged.stdout + tagged.stderr))
        #expect(Set(Self.ran(tagged)).isSuperset(of: ["lox24/is-text-deleted", "skycore/from-mask-usa"]))
        #expect(Self.ran(tagged).count < 20)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "x", "1-3"])
    func invalidShardsAreUsageErrors(_ shard: String) throws {
        let flag = try CommandLineBinaryTests.run(["run", "--shard", shard])
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("--shard (or SMSCONTRACT_SHARD): shard \"\(shard)\""))
        let environment = try CommandLineBinaryTests.run(["run"], environment: ["SMSCONTRACT_SHARD": shard])
        #expect(environment.status == 2)
    }

    @Test func threeShardsPartitionTheSuiteAndTheEnvironmentAgreesWithTheFlag() throws {
        var seen: [String] = []
        for index in 1...3 {
            let flag = try CommandLineBinaryTests.run(["run", "--record", "never", "--provider", "iovox", "--shard", "\(index)/3"])
            let environment = try CommandLineBinaryTests.run(["run", "--record", "never", "--provider", "iovox"], environment: ["SMSCONTRACT_SHARD": "\(index)/3"])
            #expect(flag.status == 0 && environment.status == 0)
            #expect(Self.ran(flag) == Self.ran(environment))
            #expect(!Self.ran(flag).isEmpty)
            seen += Self.ran(flag)
        }
        let all = Self.ran(try CommandLineBinaryTests.run(["run", "--record", "never", "--provider", "iovox"]))
        #expect(seen.sorted() == all.sorted())
        #expect(Set(seen).count == seen.count)
    }
}
