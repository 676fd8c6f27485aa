import Glibc
import Synchronization

/// The thread-safe face of one event loop: a task queue and an eventfd that wakes the loop's `epoll_wait`.
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
    /// The eventfd the loop watches; written to wake it. Closed when the last reference goes away, so a late
    /// `execute` from a deferred responder can never write to a reused descriptor.
    let wakeFD: Int32
    private let state = Mutex(State())
    private let threadID = Atomic<UInt>(0)

    init(index: Int) throws(ServerError) {
        guard let calls = LinuxSystemCalls.shared else { throw .unsupportedPlatform }
        let fd = calls.eventfd(0, LinuxConstants.eventfdNonBlock | LinuxConstants.eventfdCloexec)
        guard fd >= 0 else { throw .system("eventfd") }
        self.index = index
        self.wakeFD = fd
    }

    deinit {
        _ = close(wakeFD)
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
        var one: UInt64 = 1
        _ = Glibc.write(wakeFD, &one, MemoryLayout<UInt64>.size)
    }

    /// Called by the loop when the eventfd is readable: resets it, then hands over the queued tasks.
    /// The eventfd is drained before the tasks are taken, so a task queued in between wakes the loop again.
    func drainWakeups() -> [@Sendable (LoopCore) -> Void] {
        var counter: UInt64 = 0
        _ = Glibc.read(wakeFD, &counter, MemoryLayout<UInt64>.size)
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
        threadID.store(UInt(pthread_self()), ordering: .releasing)
    }

    /// Whether the calling thread is this loop's thread.
    var isCurrentThread: Bool {
        let stored = threadID.load(ordering: .acquiring)
        return stored != 0 && pthread_equal(pthread_t(stored), pthread_self()) != 0
    }
}
