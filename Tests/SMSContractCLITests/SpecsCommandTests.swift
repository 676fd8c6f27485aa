import Foundation
import Providers
@testable import SMSContractCLI
import Synchronization
import Testing

/// `smscontract specs from-recordings` in-process: what it says about a bad provider or cassette folder.
@Suite struct SpecsCommandTests {
    /// Runs the command line in-process and returns its exit code, stdout and stderr.
    private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let out = Mutex<[String]>([])
        let err = Mutex<[String]>([])
        let console = Console(out: { line in out.withLock { $0.append(line) } }, err: { line in err.withLock { $0.append(line) } })
        let code = SMSContractCommand.main(arguments: arguments, environment: [:], console: console)
        return (code, out.withLock { $0.joined(separator: "\n") }, err.withLock { $0.joined(separator: "\n") })
    }

    /// A folder with one recorded lox24 cassette.
    private func recordings() throws -> ScratchRepository {
        let scratch = try ScratchRepository("specs-command")
        try scratch.copySpec("lox24/get-by-uuid.json")
        return scratch
    }

    @Test func anUnknownProviderIsNamedAsUnknown() throws {
        let scratch = try recordings()
        defer { scratch.remove() }
        let result = run(["specs", "from-recordings", scratch.path + "/Recordings", "--provider", "lox42", "-o", scratch.path + "/out"])
        #expect(result.code == 2)
        #expect(result.err.contains("unknown provider \"lox42\"; expected one of " + ProviderRegistry.builtIn.ids.joined(separator: ", ")),
                Comment(rawValue: result.err))
    }

    /// A cassette that cannot be read stops the command; it is not left out without a word.
    @Test func anUnreadableCassetteIsAnError() throws {
        let scratch = try recordings()
        defer { scratch.remove() }
        let broken = scratch.path + "/Recordings/lox24/broken.json"
        try FileManager.default.createSymbolicLink(atPath: broken, withDestinationPath: scratch.path + "/nowhere.json")
        let result = run(["specs", "from-recordings", scratch.path + "/Recordings", "--provider", "lox24", "-o", scratch.path + "/out"])
        #expect(result.code == 2)
        #expect(result.err.contains("error: \(broken): cannot read the cassette"), Comment(rawValue: result.err))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/out"))
    }

    @Test func oneWrittenSpecIsCountedInTheSingular() throws {
        let scratch = try recordings()
        defer { scratch.remove() }
        let result = run(["specs", "from-recordings", scratch.path + "/Recordings", "--provider", "lox24", "-o", scratch.path + "/out"])
        #expect(result.code == 0, Comment(rawValue: result.err))
        #expect(result.out.contains("\n1 spec written. Each seed.section says TODO"), Comment(rawValue: result.out))
    }
}
