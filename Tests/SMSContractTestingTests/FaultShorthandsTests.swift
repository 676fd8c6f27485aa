import SMSContractTesting
import Testing

@Suite struct FaultShorthandsTests {
    @Test(arguments: [0, 1, 2_000])
    func latencyInMillisecondsIsTheLatencyFault(ms: Int) {
        #expect(Fault.latency(ms: ms) == .latency(milliseconds: ms))
    }
}
