@testable import ContractHarness
import Providers
import Testing

/// Which `sends` specs run as dry runs, from `SMSCONTRACT_LIVE_DRYRUN` and `SMSCONTRACT_LIVE_SENDS`.
@Suite struct LiveDryRunPlanTests {
    static let lox24DryRun = AbusePolicy.DryRun(method: "POST", path: "/sms", dryRunPath: "/sms/dryrun")

    static func spec(_ name: String) throws -> Spec {
        try SpecCatalog.load(RepositoryFixture.specs + "/" + name + ".json")
    }

    @Test(arguments: [
        (LiveDryRunSetting.unlessSendsAllowed, false, true),
        (.unlessSendsAllowed, true, false),
        (.always, true, true),
        (.always, false, true),
        (.never, false, false),
        (.never, true, false),
    ])
    func aLOX24SendRunsAsADryRunWhenTheSettingsSaySo(setting: LiveDryRunSetting, sendsAllowed: Bool, dryRun: Bool) throws {
        let plan = LiveDryRunPlan.plan(for: try Self.spec("lox24/send-basic-example"), provider: LOX24Provider.descriptor,
                                       setting: setting, sendsAllowed: sendsAllowed)
        #expect(plan == (dryRun ? .dryRun(Self.lox24DryRun) : .send))
    }

    @Test func aSpecThatReadsWhatTheSendCreatedCannotBeADryRun() throws {
        let plan = LiveDryRunPlan.plan(for: try Self.spec("lox24/get-by-uuid"), provider: LOX24Provider.descriptor,
                                       setting: .unlessSendsAllowed, sendsAllowed: false)
        guard case .refused(let reason) = plan else {
            Issue.record("planned \(plan)")
            return
        }
        #expect(reason.contains("cannot run as a dry run: step") && reason.contains("set SMSCONTRACT_LIVE_SENDS=1"))
    }

    @Test func aSpecOfSeveralSendsRunsEachAsADryRun() throws {
        let spec = try Self.spec("lox24/attempts-count-max-voice")
        #expect(spec.steps.filter { $0.request?.path == "/sms" }.count > 1)
        #expect(LiveDryRunPlan.plan(for: spec, provider: LOX24Provider.descriptor, setting: .unlessSendsAllowed, sendsAllowed: false)
            == .dryRun(Self.lox24DryRun))
    }

    @Test func aProviderWithoutADryRunSendsOrIsRefusedWhenDryRunsAreForced() throws {
        let spec = try Self.spec("skycore/example-1-send")
        #expect(LiveDryRunPlan.plan(for: spec, provider: SkycoreProvider.descriptor, setting: .unlessSendsAllowed, sendsAllowed: false) == .send)
        #expect(LiveDryRunPlan.plan(for: spec, provider: SkycoreProvider.descriptor, setting: .always, sendsAllowed: true)
            == .refused("sends an SMS and Skycore offers no dry run; SMSCONTRACT_LIVE_DRYRUN=1 keeps it from sending; "
                + "set SMSCONTRACT_LIVE_DRYRUN=0 and SMSCONTRACT_LIVE_SENDS=1 to send it for real"))
    }

    @Test func aSafeSpecIsSentAsItIs() throws {
        #expect(LiveDryRunPlan.plan(for: try Self.spec("lox24/missing-text"), provider: LOX24Provider.descriptor,
                                    setting: .always, sendsAllowed: false) == .send)
    }
}
