/// What a registration wants to hear about.
struct EventInterest: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    /// Readable (or a connection waiting on a listener).
    static let read = EventInterest(rawValue: 1)
    /// Writable.
    static let write = EventInterest(rawValue: 2)
    /// Wake only one of the loops sharing this descriptor (`EPOLLEXCLUSIVE`); add-only, for listeners.
    static let exclusive = EventInterest(rawValue: 4)
}

/// One readiness report from the queue.
struct ReadyEvent: Sendable, Equatable {
    /// The token the descriptor was registered with.
    var token: UInt64
    var readable: Bool
    var writable: Bool
    /// The peer hung up in both directions (`EPOLLHUP`).
    var hangup: Bool
    /// An error is pending on the descriptor (`EPOLLERR`).
    var error: Bool

    init(token: UInt64, readable: Bool = false, writable: Bool = false, hangup: Bool = false, error: Bool = false) {
        self.token = token
        self.readable = readable
        self.writable = writable
        self.hangup = hangup
        self.error = error
    }
}

/// The operating system's readiness queue, behind a seam so loop logic can be driven by a fake in tests.
///
/// Level-triggered: a descriptor keeps being reported while it stays ready and interested.
protocol EventQueue {
    /// Starts watching `fd`, reporting it under `token`.
    mutating func add(_ fd: Int32, token: UInt64, interest: EventInterest) throws(ServerError)
    /// Changes what `fd` is watched for.
    mutating func modify(_ fd: Int32, token: UInt64, interest: EventInterest) throws(ServerError)
    /// Stops watching `fd`.
    mutating func remove(_ fd: Int32) throws(ServerError)
    /// Called just before a watched `fd` is closed. epoll forgets a closed descriptor by itself; a queue that
    /// keeps its own table (poll) drops the entry here, so a reused descriptor number never meets a stale one.
    mutating func willClose(_ fd: Int32)
    /// Blocks until something is ready or `timeout` passes (nil: no time limit), then replaces `events` with
    /// what is ready. An interrupted wait returns with no events.
    mutating func wait(timeout: Duration?, into events: inout [ReadyEvent]) throws(ServerError)
    /// Releases the queue's own resources.
    mutating func close()
}

extension EventQueue {
    /// Nothing to do for a queue the kernel keeps (epoll); see ``EventQueue/willClose(_:)``.
    mutating func willClose(_ fd: Int32) {}
}
