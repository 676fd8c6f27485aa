@testable import ContractHarness
import Dispatch
import Synchronization
import Testing

/// The first spec of a provider goes alone; the rest follow once its answers are in.
@Suite struct LiveProbeGateTests {
    @Test func theFirstProbesAndAVerifiedProviderLetsEveryoneThrough() {
        let gate = LiveProbeGate()
        #expect(gate.enter("lox24 t"))
        #expect(gate.enter("iovox t"), "each provider and target has its own probe")
        gate.leave("lox24 t", verified: true)
        #expect(!gate.enter("lox24 t"))
        #expect(!gate.enter("lox24 t"))
    }

    @Test func anUnverifiedProbeHandsTheProbeToTheNextSpec() {
        let gate = LiveProbeGate()
        #expect(gate.enter("lox24 t"))
        gate.leave("lox24 t", verified: false)
        #expect(gate.enter("lox24 t"))
    }

    @Test func waitingSpecsGoOnlyAfterTheProbeEnds() {
        let gate = LiveProbeGate()
        #expect(gate.enter("lox24 t"))
        let entered = Mutex<[Bool]>([])
        let done = DispatchGroup()
        for _ in 0 ..< 3 {
            DispatchQueue.global().async(group: done) {
                let probing = gate.enter("lox24 t")
                entered.withLock { $0.append(probing) }
            }
        }
        #expect(entered.withLock { $0 }.isEmpty, "nobody gets through while the probe is out")
        gate.leave("lox24 t", verified: true)
        done.wait()
        #expect(entered.withLock { $0 } == [false, false, false])
    }
}
