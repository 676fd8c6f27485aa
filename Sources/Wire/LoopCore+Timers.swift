/// Timers on the loop: work that runs on the loop thread once the loop's clock reaches an instant.
///
/// They share the ``DeadlineHeap`` with the connections' deadlines, under tokens no connection uses, so the
/// loop's wait is bounded by the earliest of both and a ``ManualClock`` advance (which wakes the loop) fires
/// them as it fires time-outs. The instant is fixed by the caller, on the clock the server was configured
/// with: work timed from when a request arrived stays timed from then, however late the loop picks it up.
extension LoopCore {
    /// Runs `task` on this loop once `clock` reaches `instant` (on the loop's next pass when it already has).
    /// A task still waiting when the loop ends never runs.
    func schedule(at instant: MonotonicInstant, _ task: @escaping @Sendable (LoopCore) -> Void) {
        let token = Self.makeToken()
        scheduledTasks[token] = task
        timers.push(instant, token: token)
    }

    /// Runs and forgets the task scheduled under `token`; false when the token is not a task's (a connection's deadline).
    func runScheduledTask(_ token: UInt64) -> Bool {
        guard let task = scheduledTasks.removeValue(forKey: token) else { return false }
        task(self)
        return true
    }

    /// How many scheduled tasks are waiting.
    var scheduledTaskCount: Int { scheduledTasks.count }
}

extension ConnectionHandle {
    /// Runs `body` on the connection's loop thread once the server's clock reaches `instant` (see
    /// ``TCPServerConfiguration/clock``; with a ``ManualClock``, once it has been advanced that far), then applies
    /// the returned action and writes queued output. Nothing happens if the connection is gone by then.
    public func execute(
        at instant: MonotonicInstant,
        _ body: @escaping @Sendable (any ConnectionProtocolHandler, ConnectionContext) -> ConnectionAction
    ) {
        let id = self.id
        loop.execute { core in
            core.schedule(at: instant) { core in core.withConnection(id, body) }
        }
    }
}
