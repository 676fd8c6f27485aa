#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's calls and constants that differ between Linux (Glibc or Musl) and Darwin, or whose names
/// Wire's own types shadow (`close`, `listen`, `connect`, `read`, `write`), in one place so the other files
/// stay the same on every platform.
enum POSIX {
    /// `SOCK_STREAM` as the `Int32` that `socket(2)` and `getaddrinfo(3)` take.
    static var streamSocketType: Int32 {
        #if canImport(Glibc)
        Int32(SOCK_STREAM.rawValue)
        #else
        SOCK_STREAM
        #endif
    }

    /// Flags for `send(2)` so a vanished peer is an `EPIPE` error instead of a SIGPIPE that kills the process.
    /// Darwin has no `MSG_NOSIGNAL`: its sockets get `SO_NOSIGPIPE` when opened (``configureNewSocket(_:)``).
    static var sendFlags: Int32 {
        #if canImport(Darwin)
        0
        #else
        Int32(MSG_NOSIGNAL)
        #endif
    }

    /// A new non-blocking, close-on-exec stream socket of `family`; -1 with `errno` set on failure.
    static func openStreamSocket(family: Int32) -> Int32 {
        #if canImport(Glibc)
        let flags = Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        return socket(family, streamSocketType | flags, 0)
        #else
        let fd = socket(family, streamSocketType, 0)
        guard fd >= 0 else { return fd }
        guard configureNewSocket(fd) else {
            let code = errno
            _ = close(fd)
            errno = code
            return -1
        }
        return fd
        #endif
    }

    /// Makes a descriptor that was opened without flags non-blocking and close-on-exec (and, on Darwin, free of
    /// SIGPIPE). Returns false, with `errno` set, when a call fails.
    static func configureNewSocket(_ fd: Int32) -> Bool {
        guard setNonBlockingAndCloseOnExec(fd) else { return false }
        #if canImport(Darwin)
        var one: Int32 = 1
        guard setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size)) == 0 else { return false }
        #endif
        return true
    }

    /// Sets `O_NONBLOCK` and `FD_CLOEXEC` on `fd`; false, with `errno` set, when a call fails.
    static func setNonBlockingAndCloseOnExec(_ fd: Int32) -> Bool {
        let status = fcntl(fd, F_GETFL)
        guard status >= 0, fcntl(fd, F_SETFL, status | O_NONBLOCK) == 0 else { return false }
        let descriptorFlags = fcntl(fd, F_GETFD)
        guard descriptorFlags >= 0, fcntl(fd, F_SETFD, descriptorFlags | FD_CLOEXEC) == 0 else { return false }
        return true
    }

    /// `accept(2)`, then the same flags as ``openStreamSocket(family:)``: the portable twin of Linux's `accept4`.
    static func acceptConfigured(_ listener: Int32, _ address: UnsafeMutablePointer<sockaddr>, _ length: UnsafeMutablePointer<socklen_t>) -> Int32 {
        let fd = accept(listener, address, length)
        guard fd >= 0 else { return fd }
        guard configureNewSocket(fd) else {
            let code = errno
            _ = close(fd)
            errno = code
            return -1
        }
        return fd
    }

    /// `close(2)`.
    @discardableResult
    static func close(_ fd: Int32) -> Int32 { cClose(fd) }

    /// `read(2)`.
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { cRead(fd, buffer, count) }

    /// `write(2)`.
    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { cWrite(fd, buffer, count) }

    /// `listen(2)`.
    static func listen(_ fd: Int32, _ backlog: Int32) -> Int32 { cListen(fd, backlog) }

    /// `connect(2)`.
    static func connect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
        cConnect(fd, address, length)
    }

    /// The calling thread's id as a number (`pthread_t` is an integer on Linux and a pointer on Darwin).
    static func currentThreadID() -> UInt {
        #if canImport(Darwin)
        UInt(bitPattern: pthread_self())
        #else
        UInt(pthread_self())
        #endif
    }
}

/// The calling thread's `errno`.
var currentErrno: Int32 { errno }

/// The text of an `errno` value, e.g. "Address already in use".
func errnoDescription(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "errno \(code)" }
    return String(cString: text)
}

// At file scope these names mean the C library's functions, whichever module (Glibc, Musl, Darwin) holds them;
// inside `POSIX` they would mean its own members.
private func cClose(_ fd: Int32) -> Int32 { close(fd) }
private func cRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func cWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }
private func cListen(_ fd: Int32, _ backlog: Int32) -> Int32 { listen(fd, backlog) }
private func cConnect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t) -> Int32 {
    connect(fd, address, length)
}
