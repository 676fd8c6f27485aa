import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// N event loops, each on its own thread. Connections are spread across loops by sharing the listening socket
/// between them (with epoll registered `EPOLLEXCLUSIVE`, so one loop wakes per incoming connection; with poll
/// every loop wakes and one wins the `accept`).
final class EventLoopGroup: Sendable {
    /// The loops, in index order.
    let loops: [EventLoop]
    private let threads: Mutex<[LoopThread.Handle]>
    private let running = DispatchGroup()

    /// A sensible loop count for serving: one per core, at most two.
    static var defaultServingLoopCount: Int {
        let cores = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        return max(1, min(2, cores))
    }

    /// Creates `loopCount` loops on `backend`, reading `clock` for deadlines, and starts their threads.
    init(loopCount: Int, clock: any MonotonicClock, backend: EventBackend = .platformDefault) throws(ServerError) {
        var loops: [EventLoop] = []
        var queues: [any EventQueue] = []
        for index in 0..<max(1, loopCount) {
            let loop = try EventLoop(index: index, backend: backend)
            do {
                queues.append(try backend.makeQueue())
            } catch {
                for var queue in queues { queue.close() }
                throw error
            }
            loops.append(loop)
        }
        self.loops = loops
        self.threads = Mutex([])
        var spawned: [LoopThread.Handle] = []
        for (loop, queue) in zip(loops, queues) {
            let core: LoopCore
            do {
                core = try LoopCore(loop: loop, queue: queue, clock: clock, accept: backend.accept)
            } catch {
                shutdown(gracePeriod: .zero)
                throw error
            }
            running.enter()
            let running = self.running
            let entry = LoopThreadEntry(core: core) { running.leave() }
            do {
                spawned.append(try LoopThread.spawn(entry))
            } catch {
                running.leave()
                shutdown(gracePeriod: .zero)
                throw error
            }
            threads.withLock { $0 = spawned }
        }
    }

    /// Runs `task` on every loop.
    func executeOnAll(_ task: @escaping @Sendable (LoopCore) -> Void) {
        for loop in loops { loop.execute(task) }
    }

    /// Registers `listener` with every loop and waits until each has done so; throws the first failure.
    func addListener(_ listener: LoopCore.Listener) throws(ServerError) {
        let outcomes = Mutex<[ServerError?]>([])
        let done = DispatchSemaphore(value: 0)
        for loop in loops {
            let queued = loop.execute { core in
                var failure: ServerError?
                do throws(ServerError) { try core.addListener(listener) } catch { failure = error }
                outcomes.withLock { $0.append(failure) }
                done.signal()
            }
            if !queued { outcomes.withLock { $0.append(.system("add listener", EBADF)) }; done.signal() }
        }
        for _ in loops { done.wait() }
        if let failure = outcomes.withLock({ $0.compactMap { $0 }.first }) { throw failure }
    }

    /// Wakes every loop so it re-checks its deadlines.
    func wakeAll() {
        for loop in loops { loop.wake() }
    }

    /// Whether the calling thread is one of this group's loop threads.
    var isCallerOnLoop: Bool { loops.contains { $0.isCurrentThread } }

    /// Stops accepting, lets connections finish, force-closes whatever is left after `gracePeriod` (real time),
    /// joins the threads, then runs `afterTermination`. Called from a loop thread, the waiting happens on
    /// another thread instead and this returns at once.
    func shutdown(gracePeriod: Duration, afterTermination: @escaping @Sendable () -> Void = {}) {
        executeOnAll { $0.beginShutdown() }
        if isCallerOnLoop {
            DispatchQueue.global().async { [self] in
                self.awaitTermination(gracePeriod: gracePeriod)
                afterTermination()
            }
        } else {
            awaitTermination(gracePeriod: gracePeriod)
            afterTermination()
        }
    }

    private func awaitTermination(gracePeriod: Duration) {
        let nanoseconds = Int(clamping: max(gracePeriod, .zero).wholeNanoseconds)
        if running.wait(timeout: .now() + .nanoseconds(nanoseconds)) == .timedOut {
            executeOnAll { $0.forceCloseAll() }
            running.wait()
        }
        let joined = threads.withLock { threads -> [LoopThread.Handle] in
            defer { threads.removeAll() }
            return threads
        }
        for thread in joined { LoopThread.join(thread) }
    }
}

/// What a loop thread runs: the core, then a completion signal.
final class LoopThreadEntry: @unchecked Sendable {
    // @unchecked: `core` is not Sendable because it is confined to one thread. It is created on the starting
    // thread, handed over here before the loop thread starts, and from then on touched only by that thread
    // (pthread_create publishes it with the needed memory ordering); the starting thread keeps no reference.
    private let core: LoopCore
    private let finished: @Sendable () -> Void

    init(core: LoopCore, finished: @escaping @Sendable () -> Void) {
        self.core = core
        self.finished = finished
    }

    func run() {
        core.run()
        finished()
    }
}

/// Starts joinable POSIX threads (Foundation's `Thread` cannot be joined).
enum LoopThread {
    /// A started thread (`pthread_t`: an integer on Linux, a pointer on Darwin).
    typealias Handle = pthread_t

    static func spawn(_ entry: LoopThreadEntry) throws(ServerError) -> Handle {
        let context = Unmanaged.passRetained(entry).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let result = pthread_create(&thread, nil, { context in
            Unmanaged<LoopThreadEntry>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context)
        guard result == 0, let thread else {
            Unmanaged<LoopThreadEntry>.fromOpaque(context).release()
            throw .system("pthread_create", result)
        }
        return thread
        #else
        var thread = pthread_t()
        let result = pthread_create(&thread, nil, { context in
            guard let context else { return nil }
            Unmanaged<LoopThreadEntry>.fromOpaque(context).takeRetainedValue().run()
            return nil
        }, context)
        guard result == 0 else {
            Unmanaged<LoopThreadEntry>.fromOpaque(context).release()
            throw .system("pthread_create", result)
        }
        return thread
        #endif
    }

    /// Waits for `thread` to end.
    static func join(_ thread: Handle) {
        _ = pthread_join(thread, nil)
    }
}
