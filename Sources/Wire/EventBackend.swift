#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How the event loops wait, wake and accept: epoll, an eventfd and `accept4` on Linux; `poll(2)`, a self-pipe
/// and `accept` with `fcntl` on any POSIX system. Both run the same loop code behind the ``EventQueue`` seam.
public struct EventBackend: Sendable, CustomStringConvertible {
    /// `epoll` or `poll`.
    public let name: String
    let makeQueue: @Sendable () throws(ServerError) -> any EventQueue
    let makeWaker: @Sendable () throws(ServerError) -> LoopWaker
    let accept: @Sendable (Int32) -> (fd: Int32, address: SocketAddress)

    public var description: String { name }

    /// `poll(2)`, a self-pipe and `accept` plus `fcntl`: available everywhere, the default off Linux.
    public static let poll = EventBackend(
        name: "poll",
        makeQueue: { () throws(ServerError) -> any EventQueue in PollEventQueue() },
        makeWaker: { () throws(ServerError) -> LoopWaker in try LoopWaker.pipe() },
        accept: { listener in SocketAddress.filled { POSIX.acceptConfigured(listener, $0, $1) } }
    )

    #if canImport(Glibc)
    /// epoll, an eventfd and `accept4` (Linux with glibc); nil where the C library does not export them.
    public static let epoll: EventBackend? = {
        guard let calls = LinuxSystemCalls.shared else { return nil }
        let flags = LinuxConstants.sockNonBlock | LinuxConstants.sockCloexec
        return EventBackend(
            name: "epoll",
            makeQueue: { () throws(ServerError) -> any EventQueue in try EpollEventQueue() },
            makeWaker: { () throws(ServerError) -> LoopWaker in try LoopWaker.eventDescriptor() },
            accept: { listener in SocketAddress.filled { calls.accept4(listener, $0, $1, flags) } }
        )
    }()
    #else
    /// epoll exists on Linux only.
    public static let epoll: EventBackend? = nil
    #endif

    /// Every backend this platform has, the preferred first.
    public static var available: [EventBackend] { [epoll, poll].compactMap { $0 } }

    /// The backend servers use unless told otherwise: `SMSCONTRACT_EVENT_QUEUE=poll` or `=epoll` picks one
    /// (so a whole test suite can run on either); otherwise epoll where there is one, else poll.
    public static let platformDefault: EventBackend = named(environmentValue("SMSCONTRACT_EVENT_QUEUE")) ?? epoll ?? poll

    /// The available backend called `name`, if any.
    public static func named(_ name: String?) -> EventBackend? {
        guard let name else { return nil }
        return available.first { $0.name == name.lowercased() }
    }

    private static func environmentValue(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}
