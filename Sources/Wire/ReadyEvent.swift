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
