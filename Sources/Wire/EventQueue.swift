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
