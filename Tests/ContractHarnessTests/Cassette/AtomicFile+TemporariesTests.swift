@testable import ContractHarness
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// Temporary files of killed writers are swept; a failing write leaves neither a partial file nor a temporary.
@Suite struct AtomicFileTemporariesTests {
    @Test(arguments: [
        ("send.json.1234.987654.tmp", 1234 as pid_t?), ("a.b.c.json.7.1.tmp", 7), ("x.1.2.tmp", 1),
        ("send.json", nil), ("send.json.tmp", nil), ("send.json.abc.1.tmp", nil), ("send.json.12.x.tmp", nil),
        ("send.json.0.1.tmp", nil), ("send.json.-3.1.tmp", nil), ("notes.tmp", nil), ("1.2.tmp", nil),
    ])
    func temporaryNamesAndTheirOwners(name: String, owner: pid_t?) {
        #expect(AtomicFile.temporaryOwner(name) == owner)
    }

    @Test func ownTemporaryNamesAreRecognised() {
        let name = (AtomicFile.temporaryPath(for: "/r/lox24/send.json") as NSString).lastPathComponent
        #expect(AtomicFile.temporaryOwner(name) == getpid())
    }

    /// The id of a process that has run and exited.
    private func exitedProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func theNextWriteRemovesADeadWritersTemporaryAndKeepsALiveOnes() throws {
        let root = NSTemporaryDirectory() + "smscontract-leftovers-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let dead = "send.json.\(try exitedProcessID()).42.tmp"
        let live = "other.json.\(getpid()).43.tmp"
        for name in [dead, live, "notes.tmp", "keep.json"] {
            #expect(FileManager.default.createFile(atPath: root + "/" + name, contents: Data("{\"half".utf8)))
        }
        try AtomicFile.write(Array("{}\n".utf8), to: root + "/send.json")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: root))
        #expect(names == [live, "notes.tmp", "keep.json", "send.json"])
    }

    @Test func aFailingWriteLeavesNoPartialFileAndNoTemporary() throws {
        let root = NSTemporaryDirectory() + "smscontract-failing-\(UUID().uuidString)"
        // The target is a non-empty folder, so the final rename fails after the bytes were written.
        try FileManager.default.createDirectory(atPath: root + "/cassette.json/inside", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Array(repeating: UInt8(ascii: "x"), count: 100_000), to: root + "/cassette.json")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["cassette.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/cassette.json") == ["inside"])
    }
}
