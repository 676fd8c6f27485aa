import ContractHarness
import Testing

@Suite struct LiveSendGuardTests {
    @Test func withoutSettingsNothingIsSent() {
        let guardian = LiveSendGuard(environment: [:])
        #expect(!guardian.sendsAllowed)
        #expect(guardian.permit(["+491701234567"]) != nil)
    }

    @Test func anUnsetAllowListIsSaidSo() {
        let guardian = LiveSendGuard(environment: ["SMSCONTRACT_LIVE_SENDS": "1"])
        #expect(guardian.permit(["+491701234567"])?.hasPrefix("SMSCONTRACT_LIVE_ALLOWED_NUMBERS is not set, so no number may receive an SMS") == true)
        let listed = LiveSendGuard(environment: ["SMSCONTRACT_LIVE_SENDS": "1", "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": "+61409000000"])
        #expect(listed.permit(["+491701234567"]) == "would send to +491701234567, which is not in SMSCONTRACT_LIVE_ALLOWED_NUMBERS")
    }

    @Test func theCapAppliesToEachProvider() {
        let guardian = LiveSendGuard(environment: ["SMSCONTRACT_LIVE_SENDS": "1", "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": "*", "SMSCONTRACT_LIVE_MAX_SENDS": "2"])
        #expect(guardian.permit(["1", "2"], provider: "lox24") == nil)
        #expect(guardian.permit(["3"], provider: "lox24")?.contains("SMSCONTRACT_LIVE_MAX_SENDS=2 for lox24 (2 sent in this run") == true)
        #expect(guardian.permit(["3", "4"], provider: "rox") == nil)
        #expect(guardian.sentCount(for: "lox24") == 2 && guardian.sentCount(for: "rox") == 2 && guardian.sentCount == 4)
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
