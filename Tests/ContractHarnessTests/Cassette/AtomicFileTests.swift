import ContractHarness
import Dispatch
import Foundation
import Testing

@Suite struct AtomicFileTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "smscontract-atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writesCreatingFoldersAndLeavesNoTemporaryFile() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/a/b/c.json"
        try AtomicFile.write(Array("one".utf8), to: path)
        try AtomicFile.write(Array("two".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/a/b") == ["c.json"])
    }

    @Test func concurrentWritersNeverLeaveAMixedFile() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/shared.json"
        let payloads = (0..<8).map { index in Array(String(repeating: Character(String(index)), count: 200_000).utf8) }
        DispatchQueue.concurrentPerform(iterations: 64) { iteration in
            try? AtomicFile.write(payloads[iteration % payloads.count], to: path)
        }
        let final = try #require(FileManager.default.contents(atPath: path))
        #expect(payloads.contains(Array(final)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["shared.json"])
    }

    @Test func anUnwritablePlaceIsAnErrorNamingThePath() {
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write([1], to: "/proc/smscontract/x.json") }
    }
}
