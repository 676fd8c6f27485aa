@testable import ContractHarness
import Testing

/// `SMSCONTRACT_LIVE_DRYRUN` read from the environment.
@Suite struct LiveDryRunSettingTests {
    @Test(arguments: [
        ([String: String](), LiveDryRunSetting.unlessSendsAllowed),
        (["SMSCONTRACT_LIVE_DRYRUN": "1"], .always),
        (["SMSCONTRACT_LIVE_DRYRUN": "0"], .never),
    ])
    func theSettingIsRead(environment: [String: String], expected: LiveDryRunSetting) throws {
        #expect(try LiveDryRunSetting.resolve(environment).get() == expected)
    }

    @Test func anUnreadableSettingSaysWhatIsAllowed() {
        #expect(LiveDryRunSetting.resolve(["SMSCONTRACT_LIVE_DRYRUN": "yes"])
            == .failure(LiveSettingProblem(message: "SMSCONTRACT_LIVE_DRYRUN must be 1 or 0, got \"yes\"")))
    }
}
