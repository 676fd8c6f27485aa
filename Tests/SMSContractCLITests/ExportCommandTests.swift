import Foundation
@testable import SMSContractCLI
import Synchronization
import Testing

/// `smscontract export --har` in-process: a cassette it cannot read is an error, not a smaller archive.
@Suite struct ExportCommandTests {
    @Test func anUnreadableCassetteIsAnError() throws {
        let scratch = try ScratchRepository("export-command")
        defer { scratch.remove() }
        try scratch.copySpec("lox24/get-by-uuid.json")
        let broken = scratch.path + "/Recordings/lox24/broken.json"
        try FileManager.default.createSymbolicLink(atPath: broken, withDestinationPath: scratch.path + "/nowhere.json")
        let err = Mutex<[String]>([])
        let console = Console(out: { _ in }, err: { line in err.withLock { $0.append(line) } })
        let code = SMSContractCommand.main(arguments: ["export", "--har", "--recordings", scratch.path + "/Recordings", "--output", scratch.path + "/x.har"],
                                           environment: [:], console: console)
        let stderr = err.withLock { $0.joined(separator: "\n") }
        #expect(code == 2)
        #expect(stderr.contains("error: \(broken): cannot read the cassette"), Comment(rawValue: stderr))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/x.har"))
    }
}
