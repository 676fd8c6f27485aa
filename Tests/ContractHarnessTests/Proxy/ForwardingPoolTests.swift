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
}
