import Foundation

/// A fixed set of threads for the blocking upstream calls (an HTTPS upstream's URLSession), so the event
/// loops never block and a slow upstream cannot make the proxy start a thread per request. Work waits in order when every thread is busy.
final class ForwardingPool: Sendable {
    private let state: Locked
    /// How many threads there are.
    let threads: Int

    /// Starts `threads` threads.
    init(threads: Int) {
        self.threads = max(1, threads)
        state = Locked()
        for index in 0..<self.threads {
            let thread = Thread { [state] in state.work() }
            thread.name = "smscontract.proxy-\(index)"
            thread.start()
        }
    }

    /// Runs `job` on a pool thread.
    func submit(_ job: @escaping @Sendable () -> Void) {
        state.push(job)
    }

    /// Lets each thread finish its job and exit; work not started is dropped.
    func stop() {
        state.stop()
    }

    /// The queue and its condition.
    private final class Locked: @unchecked Sendable {
        // Safe: every member is read and written only with `condition` held.
        private let condition = NSCondition()
        // A job is cleared from its slot when taken, so what it captured (a request, a responder) is
        // released after it ran even while later jobs keep the queue from emptying; the taken slots are
        // dropped once they are most of the array.
        private var jobs: [(@Sendable () -> Void)?] = []
        private var head = 0
        private var stopped = false

        func push(_ job: @escaping @Sendable () -> Void) {
            condition.lock()
            defer { condition.unlock() }
            guard !stopped else { return }
            jobs.append(job)
            condition.signal()
        }

        func stop() {
            condition.lock()
            stopped = true
            jobs.removeAll()
            head = 0
            condition.broadcast()
            condition.unlock()
        }

        func work() {
            while let job = next() { job() }
        }

        private func next() -> (@Sendable () -> Void)? {
            condition.lock()
            defer { condition.unlock() }
            while head == jobs.count && !stopped { condition.wait() }
            guard !stopped else { return nil }
            let job = jobs[head]
            jobs[head] = nil
            head += 1
            if head == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                head = 0
            } else if head >= 64 && head * 2 >= jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            return job
        }
    }
}
