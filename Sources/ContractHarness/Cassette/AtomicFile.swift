import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader never sees a half-written one: a temporary file beside the target,
/// flushed to disk, then renamed over it. Temporary files left by a writer that was killed before renaming are
/// removed by the next write into the same folder.
public enum AtomicFile {
    /// A file that could not be written, naming the path and the system's reason.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        /// The path being written.
        public let path: String
        /// The system's reason.
        public let reason: String

        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Replaces `path` with `bytes` atomically, creating missing parent folders.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw WriteError(path: path, reason: "cannot create \(directory): \(error.localizedDescription)")
            }
        }
        removeLeftoverTemporaries(in: directory)
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var written = 0
        let failure: String? = bytes.withUnsafeBytes { buffer -> String? in
            while written < buffer.count {
                guard let base = buffer.baseAddress else { return nil }
                let result = systemWrite(descriptor, base + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                written += result
            }
            return fsync(descriptor) == 0 ? nil : String(cString: strerror(errno))
        }
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
    }
}

/// `write(2)`, which `AtomicFile.write(_:to:)` shadows inside the type.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
