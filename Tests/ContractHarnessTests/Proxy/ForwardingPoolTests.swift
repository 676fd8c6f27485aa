@testable import ContractHarness
import Dispatch
import Synchronization
import Testing

@Suite struct ForwardingPoolTests {
    @Test func runsEveryJobOnItsThreadsEvenWhenAllAreBusy() {
        let pool = ForwardingPool(threads: 2)
        defer { pool.stop() }
        let done = DispatchSemaphore(value: 0)
        let count = Mutex(0)
        for _ in 0..<50 {
            pool.submit {
                count.withLock { $0 += 1 }
                done.signal()
            }
        }
        for _ in 0..<50 { done.wait() }
        #expect(count.withLock { $0 } == 50)
    }

    @Test func aStoppedPoolTakesNoMoreWork() {
        let pool = ForwardingPool(threads: 1)
        pool.stop()
        let ran = Mutex(false)
        pool.submit { ran.withLock { $0 = true } }
        // `submit` after `stop` drops the job at once (nothing is queued), so this needs no waiting.
        #expect(ran.withLock { $0 } == false)
    }

    @Test func aJobThatRanIsReleasedWhileLaterOnesStillWait() {
        let pool = ForwardingPool(threads: 1)
        defer { pool.stop() }
        let first = DispatchSemaphore(value: 0), blocking = DispatchSemaphore(value: 0), gate = DispatchSemaphore(value: 0)
        pool.submit { first.wait() }                 // holds the one thread while the queue fills
        weak var released: CapturedToken?
        do {
            let token = CapturedToken()
            released = token
            pool.submit { _ = token }
        }
        pool.submit {
            blocking.signal()
            gate.wait()
        }
        pool.submit {}                               // still waiting: the queue is not empty
        first.signal()
        blocking.wait()                              // the token's job ran; the thread is in the next one
        #expect(released == nil, "a job that ran must not be kept alive by the queue")
        gate.signal()
    }
}

/// Something a job captures, to see when the pool lets it go.
private final class CapturedToken: Sendable {}
