import Synchronization

/// The thread-safe face of one event loop: a task queue and a ``LoopWaker`` that wakes the loop's wait.
///
/// The loop itself (``LoopCore``) lives on its own thread; everything else talks to it through ``execute(_:)``.
final class EventLoop: Sendable {
    private struct State {
        var tasks: [@Sendable (LoopCore) -> Void] = []
        var wakePending = false
        var stopped = false
    }

    /// The loop's position in its group.
    let index: Int
    /// The descriptors that wake the loop (an eventfd, or a pipe). Closed when the last reference goes away, so a
    /// late `execute` from a deferred responder can never write to a reused descriptor.
    let waker: LoopWaker
    private let state = Mutex(State())
    private let threadID = Atomic<UInt>(0)
    /// The loop-thread side, for work that is already on the loop thread (``executeHere(_:)``). Set once by the
    /// core's init, before the loop thread starts (which publishes it), and read only on the loop thread.
    nonisolated(unsafe) weak var core: LoopCore?

    /// Creates loop `index` with a waker made by `backend`.
    init(index: Int, backend: EventBackend = .platformDefault) throws(ServerError) {
        self.index = index
        self.waker = try backend.makeWaker()
    }

    deinit {
        waker.close()
    }

    /// Queues `task` to run on the loop thread and wakes the loop; returns false if the loop has stopped.
    @discardableResult
    func execute(_ task: @escaping @Sendable (LoopCore) -> Void) -> Bool {
        let mustWake = state.withLock { state -> Bool? in
            guard !state.stopped else { return nil }
            state.tasks.append(task)
            defer { state.wakePending = true }
            return !state.wakePending
        }
        guard let mustWake else { return false }
        if mustWake { signal() }
        return true
    }

    /// Runs `task` at once when called on the loop thread (no queueing, no wake-up), else as ``execute(_:)``.
    @discardableResult
    func executeHere(_ task: @escaping @Sendable (LoopCore) -> Void) -> Bool {
        if isCurrentThread, let core {
            task(core)
            return true
        }
        return execute(task)
    }

    /// Wakes the loop so it re-checks its deadlines against the clock.
    func wake() {
        let mustWake = state.withLock { state -> Bool in
            guard !state.stopped, !state.wakePending else { return false }
            state.wakePending = true
            return true
        }
        if mustWake { signal() }
    }

    private func signal() {
        waker.signal()
    }

    /// Called by the loop when the waker is readable: resets it, then hands over the queued tasks.
    /// The waker is drained before the tasks are taken, so a task queued in between wakes the loop again.
    func drainWakeups() -> [@Sendable (LoopCore) -> Void] {
        waker.drain()
        return state.withLock { state in
            state.wakePending = false
            defer { state.tasks.removeAll() }
            return state.tasks
        }
    }

    /// Refuses further tasks; called by the loop as it exits. Returns tasks that were still queued.
    func markStopped() -> [@Sendable (LoopCore) -> Void] {
        state.withLock { state in
            state.stopped = true
            defer { state.tasks.removeAll() }
            return state.tasks
        }
    }

    /// Records the loop's thread so callers can tell whether they are on it.
    func recordCurrentThread() {
        threadID.store(POSIX.currentThreadID(), ordering: .releasing)
    }

    /// Whether the calling thread is this loop's thread.
    var isCurrentThread: Bool {
        let stored = threadID.load(ordering: .acquiring)
        return stored != 0 && stored == POSIX.currentThreadID()
    }
}
