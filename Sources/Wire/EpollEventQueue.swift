#if canImport(Glibc)
import Glibc

/// ``EventQueue`` on Linux epoll, level-triggered.
struct EpollEventQueue: EventQueue {
    private let calls: LinuxSystemCalls
    private(set) var fd: Int32
    private var buffer: [UInt8]
    private let capacity: Int

    /// Creates an epoll instance able to report up to `maxEvents` descriptors per wait.
    init(maxEvents: Int = 256) throws(ServerError) {
        guard let calls = LinuxSystemCalls.shared else { throw .unsupportedPlatform }
        let fd = calls.epollCreate1(LinuxConstants.epollCloexec)
        guard fd >= 0 else { throw .system("epoll_create1") }
        self.calls = calls
        self.fd = fd
        self.capacity = max(1, maxEvents)
        self.buffer = [UInt8](repeating: 0, count: capacity * LinuxConstants.epollEventStride)
    }

    mutating func add(_ target: Int32, token: UInt64, interest: EventInterest) throws(ServerError) {
        try control(LinuxConstants.epollCtlAdd, target, token: token, interest: interest, call: "epoll_ctl(ADD)")
    }

    mutating func modify(_ target: Int32, token: UInt64, interest: EventInterest) throws(ServerError) {
        try control(LinuxConstants.epollCtlMod, target, token: token, interest: interest, call: "epoll_ctl(MOD)")
    }

    mutating func remove(_ target: Int32) throws(ServerError) {
        try control(LinuxConstants.epollCtlDel, target, token: 0, interest: [], call: "epoll_ctl(DEL)")
    }

    private func control(_ operation: Int32, _ target: Int32, token: UInt64, interest: EventInterest, call: String) throws(ServerError) {
        var mask: UInt32 = 0
        if interest.contains(.read) { mask |= LinuxConstants.epollIn }
        if interest.contains(.write) { mask |= LinuxConstants.epollOut }
        // EPOLLEXCLUSIVE accepts only IN, OUT, WAKEUP and ET beside it; RDHUP only matters for connections.
        if interest.contains(.exclusive) {
            mask |= LinuxConstants.epollExclusive
        } else if interest.contains(.read) {
            mask |= LinuxConstants.epollRdHup
        }
        let (fd, calls) = (self.fd, self.calls)
        let result = withUnsafeTemporaryAllocation(byteCount: 16, alignment: 8) { raw -> Int32 in
            raw.initializeMemory(as: UInt8.self, repeating: 0)
            raw.storeBytes(of: mask, toByteOffset: 0, as: UInt32.self)
            raw.storeBytes(of: token, toByteOffset: LinuxConstants.epollEventDataOffset, as: UInt64.self)
            return calls.epollCtl(fd, operation, target, raw.baseAddress)
        }
        guard result == 0 else { throw .system(call) }
    }

    mutating func wait(timeout: Duration?, into events: inout [ReadyEvent]) throws(ServerError) {
        events.removeAll(keepingCapacity: true)
        let milliseconds = timeout.map(\.pollMilliseconds) ?? -1
        let (fd, calls, capacity) = (self.fd, self.calls, Int32(self.capacity))
        let count = buffer.withUnsafeMutableBytes { calls.epollWait(fd, $0.baseAddress, capacity, milliseconds) }
        if count < 0 {
            if currentErrno == EINTR { return }
            throw .system("epoll_wait")
        }
        buffer.withUnsafeBytes { raw in
            for index in 0..<Int(count) {
                let base = index * LinuxConstants.epollEventStride
                let mask = raw.loadUnaligned(fromByteOffset: base, as: UInt32.self)
                let token = raw.loadUnaligned(fromByteOffset: base + LinuxConstants.epollEventDataOffset, as: UInt64.self)
                events.append(ReadyEvent(
                    token: token,
                    readable: mask & (LinuxConstants.epollIn | LinuxConstants.epollRdHup) != 0,
                    writable: mask & LinuxConstants.epollOut != 0,
                    hangup: mask & LinuxConstants.epollHup != 0,
                    error: mask & LinuxConstants.epollErr != 0
                ))
            }
        }
    }

    mutating func close() {
        if fd >= 0 { POSIX.close(fd) }
        fd = -1
    }
}
#endif
