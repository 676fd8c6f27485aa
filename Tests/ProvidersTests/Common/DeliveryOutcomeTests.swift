import Providers
import Testing

@Suite struct DeliveryOutcomeTests {
    @Test(arguments: DeliveryOutcome.allCases)
    func eachOutcomeHasItsMagicNumber(outcome: DeliveryOutcome) {
        #expect(DeliveryOutcome.forDestination("+61411" + outcome.magicSuffix) == outcome)
        #expect(DeliveryOutcome.forDestination("0049170" + outcome.magicSuffix) == outcome)
    }

    @Test(arguments: ["+14155552671", "+491701234567", "999002", "+61409000000", "+4917099900"])
    func ordinaryNumbersAreDelivered(number: String) {
        let expected: DeliveryOutcome = number == "999002" ? .failed : .delivered
        #expect(DeliveryOutcome.forDestination(number) == expected)
    }

    @Test func delaysAndFlagsFollowTheOutcome() {
        #expect(DeliveryOutcome.slow.finalDelay == 3_600)
        #expect(DeliveryOutcome.buffered.isDelivered)
        #expect(!DeliveryOutcome.failed.isDelivered)
        #expect(DeliveryOutcome.noOperator.isRefusedByGateway)
    }
}
