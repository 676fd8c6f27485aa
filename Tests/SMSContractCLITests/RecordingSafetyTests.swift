import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// `smscontract run` processes that record at the same time, or die while writing, never leave a corrupt or
/// half-written cassette in `Recordings/`.
@Suite struct RecordingSafetyTests {
    static let spec = "Specs/lox24/send-basic-example.json"

    /// A file-size limit of 1 KiB: the kernel kills the writer with SIGXFSZ partway through a cassette. (Signals
    /// the test runner ignores stay ignored across exec, so SIGXFSZ is put back to its default.)
    static let killedMidWrite = "ulimit -c 0; ulimit -f 1; exec env --default-signal=XFSZ"
    /// The same limit with SIGXFSZ ignored: the write fails with EFBIG instead, as on a full disk.
    static let failingWrite = "ulimit -c 0; ulimit -f 1; exec env --ignore-signal=XFSZ"

    /// A started `smscontract` process (through `bash -c` when `wrapper` sets limits) and its output pipe.
    private func launch(_ arguments: [String], wrapper: String? = nil) throws -> (Process, Pipe) {
        let process = Process()
        if let wrapper {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", "\(wrapper) \"$0\" \"$@\"", CommandLineBinaryTests.binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: CommandLineBinaryTests.binary)
            process.arguments = arguments
        }
        process.currentDirectoryURL = URL(fileURLWithPath: CommandLineBinaryTests.fixture)
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = nil
        environment["SMSCONTRACT_RECORD"] = nil
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        return (process, output)
    }

    /// Waits for the process and returns everything it printed.
    private func finish(_ launched: (Process, Pipe)) -> String {
        let text = launched.1.fileHandleForReading.readDataToEndOfFile()
        launched.0.waitUntilExit()
        return String(decoding: text, as: UTF8.self)
    }

    private func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "smscontract-recording-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path + "/Recordings/lox24", withIntermediateDirectories: true)
        return path
    }

    private func leftovers(_ recordings: String) -> [String] {
        (FileManager.default.enumerator(atPath: recordings)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".tmp") }
    }

    @Test func parallelProcessesRecordingOneFolderLeaveCassettesThatAllCompare() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let arguments = ["run", "--provider", "lox24", "--record", "all", "--recordings", root + "/Recordings"]
        let runs = try (0..<3).map { _ in try launch(arguments) }
        for run in runs {
            let output = finish(run)
            #expect(run.0.terminationStatus == 0, "\(output.suffix(2000))")
        }
        #expect(leftovers(root + "/Recordings").isEmpty)
        let compare = finish(try launch(["run", "--provider", "lox24", "--record", "never", "--recordings", root + "/Recordings"]))
        #expect(compare.contains(" 0 failed, 0 skipped, 0 errors"), "\(compare.suffix(2000))")
    }

    @Test func aWriterKilledMidWriteLeavesTheOldCassetteAndTheNextWriteSweepsItsTemporary() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cassette = root + "/Recordings/lox24/send-basic-example.json"
        try FileManager.default.copyItem(atPath: CommandLineBinaryTests.fixture + "/Recordings/lox24/send-basic-example.json", toPath: cassette)
        let original = try #require(FileManager.default.contents(atPath: cassette))
        #expect(original.count > 1024)

        let record = ["run", "--spec", Self.spec, "--record", "all", "--recordings", root + "/Recordings"]
        let killed = try launch(record, wrapper: Self.killedMidWrite)
        let output = finish(killed)
        #expect(killed.0.terminationReason == .uncaughtSignal && killed.0.terminationStatus == SIGXFSZ, "\(output)")
        #expect(FileManager.default.contents(atPath: cassette) == original)
        #expect(leftovers(root + "/Recordings").count == 1) // The dead writer's temporary, never renamed.

        let next = try launch(record)
        let nextOutput = finish(next)
        #expect(next.0.terminationStatus == 0, "\(nextOutput)")
        #expect(leftovers(root + "/Recordings").isEmpty)
        let compare = finish(try launch(["run", "--spec", Self.spec, "--record", "never", "--recordings", root + "/Recordings"]))
        #expect(compare.contains("PASS lox24/send-basic-example"), "\(compare)")
    }

    @Test func aWriterKilledBeforeItsFirstCassetteLeavesNoCassette() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let killed = try launch(["run", "--spec", Self.spec, "--record", "all", "--recordings", root + "/Recordings"],
                                wrapper: Self.killedMidWrite)
        _ = finish(killed)
        #expect(killed.0.terminationReason == .uncaughtSignal)
        let names = try FileManager.default.contentsOfDirectory(atPath: root + "/Recordings/lox24")
        #expect(!names.contains { $0.hasSuffix(".json") })
    }

    @Test func aWriteThatFailsForSpaceLeavesTheOldCassetteAndNoTemporary() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cassette = root + "/Recordings/lox24/send-basic-example.json"
        try FileManager.default.copyItem(atPath: CommandLineBinaryTests.fixture + "/Recordings/lox24/send-basic-example.json", toPath: cassette)
        let original = FileManager.default.contents(atPath: cassette)
        let failed = try launch(["run", "--spec", Self.spec, "--record", "all", "--recordings", root + "/Recordings"], wrapper: Self.failingWrite)
        let output = finish(failed)
        #expect(failed.0.terminationReason == .exit && failed.0.terminationStatus == 1, "\(output)")
        #expect(output.contains("File too large"), "\(output)")
        #expect(FileManager.default.contents(atPath: cassette) == original)
        #expect(leftovers(root + "/Recordings").isEmpty)
    }
}
