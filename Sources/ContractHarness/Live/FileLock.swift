import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock on a lock file (`flock`), held while a closure runs. It excludes other
/// processes and other threads of this one alike, since each holder opens the file afresh.
enum FileLock {
    /// Runs `body` while holding the lock on `path`, creating the file (and its folder) when missing.
    static func withExclusiveLock<T>(at path: String, _ body: () throws(LiveLedgerError) -> T) throws(LiveLedgerError) -> T {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw LiveLedgerError(path: path, problem: "cannot create \(directory): \(error.localizedDescription)")
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw LiveLedgerError(path: path, problem: "cannot open the lock file: \(Self.systemReason())") }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw LiveLedgerError(path: path, problem: "cannot lock: \(Self.systemReason())") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}
