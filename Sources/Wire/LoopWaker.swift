#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The descriptor pair that wakes an event loop from its wait: an `eventfd` on Linux (one descriptor for
/// both ends), a non-blocking self-pipe anywhere POSIX.
struct LoopWaker: Sendable {
    /// The end the loop watches for readability.
    let readFD: Int32
    /// The end written to wake the loop (the same descriptor for an eventfd).
    let writeFD: Int32

    #if canImport(Glibc)
    /// An eventfd (Linux).
    static func eventDescriptor() throws(ServerError) -> LoopWaker {
        guard let calls = LinuxSystemCalls.shared else { throw .unsupportedPlatform }
        let fd = calls.eventfd(0, LinuxConstants.eventfdNonBlock | LinuxConstants.eventfdCloexec)
        guard fd >= 0 else { throw .system("eventfd") }
        return LoopWaker(readFD: fd, writeFD: fd)
    }
    #endif

    /// A pipe whose ends are non-blocking and close-on-exec.
    static func pipe() throws(ServerError) -> LoopWaker {
        var ends: [Int32] = [-1, -1]
        let created = ends.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return makePipe(base)
        }
        guard created == 0 else { throw .system("pipe") }
        guard POSIX.setNonBlockingAndCloseOnExec(ends[0]), POSIX.setNonBlockingAndCloseOnExec(ends[1]) else {
            let failure = ServerError.system("fcntl")
            POSIX.close(ends[0])
            POSIX.close(ends[1])
            throw failure
        }
        return LoopWaker(readFD: ends[0], writeFD: ends[1])
    }

    /// Makes the read end readable. A full pipe already has a wake-up pending, so a failed write loses nothing.
    func signal() {
        var one: UInt64 = 1
        _ = POSIX.write(writeFD, &one, MemoryLayout<UInt64>.size)
    }

    /// Consumes every pending wake-up, so the read end stops being readable until the next ``signal()``.
    func drain() {
        var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        let size = MemoryLayout.size(ofValue: scratch)
        while true {
            let count = withUnsafeMutableBytes(of: &scratch) { POSIX.read(readFD, $0.baseAddress, size) }
            // An eventfd is emptied by one read; a pipe reads short once it is empty.
            if count <= 0 || readFD == writeFD || count < size { return }
        }
    }

    /// Closes both ends.
    func close() {
        POSIX.close(readFD)
        if writeFD != readFD { POSIX.close(writeFD) }
    }
}

/// `pipe(2)`; inside `LoopWaker` the name means its own factory.
private func makePipe(_ ends: UnsafeMutablePointer<Int32>) -> Int32 {
    pipe(ends)
}
