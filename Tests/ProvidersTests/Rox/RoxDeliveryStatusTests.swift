@testable import Providers
import Testing

@Suite struct RoxDeliveryStatusTests {
    @Test(arguments: [
        (DeliveryOutcome.delivered, RoxDeliveryResult.delivered, RoxDeliveryStatus.delivered), (.buffered, .delivered, .delivered),
        (.slow, .delivered, .delivered), (.failed, .failed, .failed), (.expired, .expired, .expired), (.rejected, .rejected, .rejected),
        (.blockedCountry, .blockedCountry, .failed), (.noOperator, .noOperator, .failed), (.blacklisted, .blacklisted, .rejected),
    ])
    func eachOutcomeEndsInOneResult(outcome: DeliveryOutcome, result: RoxDeliveryResult, status: RoxDeliveryStatus) {
        #expect(RoxDeliveryResult(outcome) == result)
        #expect(result.status == status)
        #expect(result.isError == !outcome.isDelivered)
    }

    @Test func noReceiptHasNoFinalResult() {
        #expect(RoxDeliveryResult(.noReceipt) == nil)
    }

    @Test func theCodesAreSendingErrorsDistinctFromTheRequestCodes() {
        let requestCodes = Set(RoxResultCode.allCases.map(\.rawValue))
        for result in RoxDeliveryResult.allCases where result != .delivered {
            #expect(("2011"..."2100").contains(result.rawValue) && result.rawValue.count == 4, "\(result)")
            #expect(!requestCodes.contains(result.rawValue), "\(result)")
            #expect(!result.text.isEmpty && result.text.count <= 4000)
        }
        #expect(Set(RoxDeliveryResult.allCases.map(\.rawValue)).count == RoxDeliveryResult.allCases.count)
        #expect(Set(DeliveryOutcome.allCases.compactMap(RoxDeliveryResult.init)) == Set(RoxDeliveryResult.allCases))
    }
}
