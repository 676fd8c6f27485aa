#if canImport(Glibc)
import Glibc

/// Linux calls the toolchain's `Glibc` module does not import (`sys/epoll.h`, `sys/eventfd.h` and `accept4`
/// are outside its module map), bound at run time with `dlsym` so the package needs no C target.
struct LinuxSystemCalls: Sendable {
    let epollCreate1: @convention(c) (Int32) -> Int32
    let epollCtl: @convention(c) (Int32, Int32, Int32, UnsafeMutableRawPointer?) -> Int32
    let epollWait: @convention(c) (Int32, UnsafeMutableRawPointer?, Int32, Int32) -> Int32
    let eventfd: @convention(c) (UInt32, Int32) -> Int32
    let accept4: @convention(c) (Int32, UnsafeMutablePointer<sockaddr>?, UnsafeMutablePointer<socklen_t>?, Int32) -> Int32

    /// The bound calls, or nil when the C library does not export them (not Linux, or an unusual libc).
    static let shared: LinuxSystemCalls? = load()

    private static func load() -> LinuxSystemCalls? {
        guard let library = dlopen(nil, RTLD_NOW),
              let create = dlsym(library, "epoll_create1"),
              let ctl = dlsym(library, "epoll_ctl"),
              let wait = dlsym(library, "epoll_wait"),
              let eventfd = dlsym(library, "eventfd"),
              let accept4 = dlsym(library, "accept4")
        else { return nil }
        return LinuxSystemCalls(
            epollCreate1: unsafeBitCast(create, to: (@convention(c) (Int32) -> Int32).self),
            epollCtl: unsafeBitCast(ctl, to: (@convention(c) (Int32, Int32, Int32, UnsafeMutableRawPointer?) -> Int32).self),
            epollWait: unsafeBitCast(wait, to: (@convention(c) (Int32, UnsafeMutableRawPointer?, Int32, Int32) -> Int32).self),
            eventfd: unsafeBitCast(eventfd, to: (@convention(c) (UInt32, Int32) -> Int32).self),
            accept4: unsafeBitCast(
                accept4,
                to: (@convention(c) (Int32, UnsafeMutablePointer<sockaddr>?, UnsafeMutablePointer<socklen_t>?, Int32) -> Int32).self
            )
        )
    }
}

/// Constants from `sys/epoll.h` and `sys/eventfd.h` (the same on every Linux architecture).
enum LinuxConstants {
    static let epollIn: UInt32 = 0x001
    static let epollOut: UInt32 = 0x004
    static let epollErr: UInt32 = 0x008
    static let epollHup: UInt32 = 0x010
    static let epollRdHup: UInt32 = 0x2000
    static let epollExclusive: UInt32 = 1 << 28
    static let epollCtlAdd: Int32 = 1
    static let epollCtlDel: Int32 = 2
    static let epollCtlMod: Int32 = 3
    static let epollCloexec: Int32 = O_CLOEXEC
    static let eventfdNonBlock: Int32 = O_NONBLOCK
    static let eventfdCloexec: Int32 = O_CLOEXEC
    static let sockNonBlock: Int32 = Int32(SOCK_NONBLOCK.rawValue)
    static let sockCloexec: Int32 = Int32(SOCK_CLOEXEC.rawValue)

    /// `struct epoll_event` is packed (12 bytes) on x86; elsewhere its 64-bit data field is naturally aligned.
    #if arch(x86_64) || arch(i386)
    static let epollEventStride = 12
    static let epollEventDataOffset = 4
    #else
    static let epollEventStride = 16
    static let epollEventDataOffset = 8
    #endif
}
#endif
