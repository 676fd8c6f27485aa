import SMSContractTesting
import Testing

@Suite struct HeldAnswerTimeoutTests {
    @Test func theMessageSaysHowManyWereHeldAndWhatToCheck() {
        let error = HeldAnswerTimeout(provider: "lox24", expected: 2, held: 1, timeout: .seconds(10))
        #expect(error.description.hasPrefix("the lox24 fake held 1 of 2 answers within 10.0 seconds: "))
        #expect(error.description.contains("from another task") && error.description.contains("latency or slow_body fault"))
    }
}
