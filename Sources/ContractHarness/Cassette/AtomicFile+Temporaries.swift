import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicFile {
    /// How old a temporary file of a process that still seems to run must be before it counts as left over
    /// (its process id may have been reused since).
    static let abandonedAge: TimeInterval = 3600

    /// The temporary file `write` fills before renaming it over `path`: `<path>.<pid>.<random>.tmp`.
    static func temporaryPath(for path: String) -> String {
        "\(path).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Removes temporary files left in `directory` by writers that were killed between creating and renaming
    /// them: those whose process no longer runs, or that are older than an hour. A live writer's file is kept.
    ///
    /// Best effort: a file that cannot be examined or removed is left alone.
    static func removeLeftoverTemporaries(in directory: String) {
        let folder = directory.isEmpty ? "." : directory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let now = Date()
        for name in names {
            guard let owner = temporaryOwner(name) else { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            let ownerIsGone = kill(owner, 0) != 0 && errno == ESRCH
            let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
            let isOld = modified.map { now.timeIntervalSince($0) > abandonedAge } ?? false
            if ownerIsGone || isOld { unlink(path) }
        }
    }

    /// The process id in a name shaped like ``temporaryPath(for:)``'s (`name.json.1234.987654.tmp`), else nil.
    static func temporaryOwner(_ name: String) -> pid_t? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[parts.count - 1] == "tmp", UInt32(parts[parts.count - 2]) != nil,
              let pid = pid_t(parts[parts.count - 3]), pid > 0
        else { return nil }
        return pid
    }
}
