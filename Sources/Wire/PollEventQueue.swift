#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// ``EventQueue`` on `poll(2)`, level-triggered: the portable backend for every POSIX system (macOS, Musl),
/// and selectable on Linux (``EventBackend/poll``) so the same tests run on it there.
///
/// The queue keeps its own table of descriptors, so a descriptor must be removed (or announced with
/// ``willClose(_:)``) before it is closed. `exclusive` is not available with poll: every loop sharing a
/// listener wakes for a new connection, one accepts it and the others see `EAGAIN`.
struct PollEventQueue: EventQueue {
    private var descriptors: [pollfd] = []
    private var tokens: [UInt64] = []
    private var indexByDescriptor: [Int32: Int] = [:]

    /// Creates an empty queue (no system resources of its own).
    init() {}

    /// How many descriptors are watched.
    var count: Int { descriptors.count }

    mutating func add(_ fd: Int32, token: UInt64, interest: EventInterest) throws(ServerError) {
        guard fd >= 0 else { throw .system("poll(add)", EBADF) }
        guard indexByDescriptor[fd] == nil else { throw .system("poll(add)", EEXIST) }
        indexByDescriptor[fd] = descriptors.count
        descriptors.append(pollfd(fd: fd, events: Self.mask(for: interest), revents: 0))
        tokens.append(token)
    }

    mutating func modify(_ fd: Int32, token: UInt64, interest: EventInterest) throws(ServerError) {
        guard let index = indexByDescriptor[fd] else { throw .system("poll(modify)", ENOENT) }
        descriptors[index].events = Self.mask(for: interest)
        tokens[index] = token
    }

    mutating func remove(_ fd: Int32) throws(ServerError) {
        guard let index = indexByDescriptor.removeValue(forKey: fd) else { throw .system("poll(remove)", ENOENT) }
        let last = descriptors.count - 1
        if index != last {
            descriptors[index] = descriptors[last]
            tokens[index] = tokens[last]
            indexByDescriptor[descriptors[index].fd] = index
        }
        descriptors.removeLast()
        tokens.removeLast()
    }

    mutating func willClose(_ fd: Int32) {
        try? remove(fd)
    }

    mutating func wait(timeout: Duration?, into events: inout [ReadyEvent]) throws(ServerError) {
        events.removeAll(keepingCapacity: true)
        let milliseconds = timeout.map(\.pollMilliseconds) ?? -1
        let count = descriptors.withUnsafeMutableBufferPointer { buffer in
            poll(buffer.baseAddress, nfds_t(buffer.count), milliseconds)
        }
        if count < 0 {
            if currentErrno == EINTR { return }
            throw .system("poll")
        }
        guard count > 0 else { return }
        let (readable, writable) = (Int16(POLLIN), Int16(POLLOUT))
        let (hangup, failure, invalid) = (Int16(POLLHUP), Int16(POLLERR), Int16(POLLNVAL))
        for index in descriptors.indices where descriptors[index].revents != 0 {
            let reported = descriptors[index].revents
            descriptors[index].revents = 0
            events.append(ReadyEvent(
                token: tokens[index],
                readable: reported & readable != 0,
                writable: reported & writable != 0,
                hangup: reported & hangup != 0,
                error: reported & (failure | invalid) != 0
            ))
        }
    }

    mutating func close() {
        descriptors.removeAll()
        tokens.removeAll()
        indexByDescriptor.removeAll()
    }

    private static func mask(for interest: EventInterest) -> Int16 {
        var mask: Int16 = 0
        if interest.contains(.read) { mask |= Int16(POLLIN) }
        if interest.contains(.write) { mask |= Int16(POLLOUT) }
        return mask
    }
}
