import ContractHarness
import Testing

@Suite struct LiveSendGuardTests {
    @Test func withoutSettingsNothingIsSent() {
        let guardian = LiveSendGuard(environment: [:])
        #expect(!guardian.sendsAllowed)
        #expect(guardian.permit(["+491701234567"]) != nil)
    }

    @Test func onlyListedNumbersAreAllowedInAnySpelling() {
        let guardian = LiveSendGuard(environment: ["SMSCONTRACT_LIVE_SENDS": "1", "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": "+49 170 1234567, 61409000000"])
        #expect(guardian.permit(["0049 1701234567"]) == nil)
        #expect(guardian.permit(["+61409000000"]) == nil)
        #expect(guardian.permit(["+61409000001"])?.contains("+61409000001") == true)
        #expect(guardian.permit([])?.contains("cannot tell") == true)
    }

    @Test func theBudgetCountsEverySMS() {
        let guardian = LiveSendGuard(environment: ["SMSCONTRACT_LIVE_SENDS": "1", "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": "*", "SMSCONTRACT_LIVE_MAX_SENDS": "3"])
        #expect(guardian.permit(["1", "2"]) == nil)
        #expect(guardian.permit(["3", "4"])?.contains("SMSCONTRACT_LIVE_MAX_SENDS=3") == true)
        #expect(guardian.permit(["3"]) == nil)
        #expect(guardian.permit(["5"]) != nil)
        #expect(guardian.sentCount == 3)
    }
}
