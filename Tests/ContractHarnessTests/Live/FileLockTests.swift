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

/// The ledger's lock: held for exactly the closure, excluding any other opener of the file.
@Suite struct FileLockTests {
    /// Whether another descriptor of `path` could take the lock right now (without waiting).
    private func canLock(_ path: String) -> Bool {
        let descriptor = open(path, O_RDWR)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { return false }
        flock(descriptor, LOCK_UN)
        return true
    }

    @Test func theLockIsHeldWhileTheClosureRunsAndReleasedAfter() throws {
        let scratch = try RepositoryFixture.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let path = scratch + "/nested/state/live-ledger.lock"
        let heldInside = try FileLock.withExclusiveLock(at: path) { () throws(LiveLedgerError) -> Bool in !canLock(path) }
        #expect(heldInside, "another opener could take the lock while it was held")
        #expect(canLock(path), "the lock was not released")
    }

    @Test func theLockIsReleasedWhenTheClosureThrows() throws {
        let scratch = try RepositoryFixture.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let path = scratch + "/live-ledger.lock"
        #expect(throws: LiveLedgerError.self) {
            try FileLock.withExclusiveLock(at: path) { () throws(LiveLedgerError) in throw LiveLedgerError(path: path, problem: "test") }
        }
        #expect(canLock(path))
    }

    @Test func anUncreatableFolderIsAClearError() throws {
        let scratch = try RepositoryFixture.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try "a file".write(toFile: scratch + "/occupied", atomically: true, encoding: .utf8)
        #expect {
            try FileLock.withExclusiveLock(at: scratch + "/occupied/live-ledger.lock") { () throws(LiveLedgerError) in }
        } throws: { error in
            (error as? LiveLedgerError)?.description.contains("cannot create \(scratch)/occupied") == true
        }
    }
}
