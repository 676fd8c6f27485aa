import SMSContractTesting
import Testing

@Suite struct FakeTraitTests {
    @Test(.fake(.lox24)) func theTraitStartsTheFakeForTheTest() async throws {
        let fake = try RunningFake.current(.lox24)
        _ = try LOX24Client(target: fake.send).send("Hi", to: "+491701234567")
        #expect(fake.outbox().map(\.text) == ["Hi"])
    }

    @Test(.fake(.lox24), .fake(.skycore)) func twoTraitsStartTwoFakes() async throws {
        let lox24 = try RunningFake.current(.lox24), skycore = try RunningFake.current(.skycore)
        #expect(lox24.url != skycore.url)
        #expect(lox24.provider.id == "lox24" && skycore.provider.id == "skycore")
    }

    @Test(.fake(.lox24), arguments: ["first", "second", "third"])
    func eachCaseOfAParameterizedTestHasItsOwnFake(text: String) async throws {
        let fake = try RunningFake.current(.lox24)
        #expect(fake.outbox().isEmpty)
        _ = try LOX24Client(target: fake.send).send(text, to: "+491701234567")
        #expect(fake.outbox().map(\.text) == [text])
    }

    @Test(.fake(.lox24)) func askingForAFakeNoTraitStartedSaysWhatToAdd() {
        let error = #expect(throws: FakeNotInScope.self) { try RunningFake.current(.rox) }
        #expect(error?.description == "no rox fake in scope (the test has fakes of lox24 only); add .fake(.rox) to its @Test, or use withFake")
    }

    @Test func withoutATraitThereIsNoFake() {
        let error = #expect(throws: FakeNotInScope.self) { try RunningFake.current(.lox24) }
        #expect(error?.started == [])
    }

    @Test(.fake(.lox24, clock: .manual)) func theTraitCanStartTheFakeOnTheManualClock() async throws {
        let fake = try RunningFake.current(.lox24)
        fake.inject(.latency(ms: 2000))
        let answer = try fake.sendOnItsOwnThread("Hi")
        try await fake.waitForHeldAnswers()
        fake.advance(seconds: 2)
        #expect(try await answer.value.status == 201)
    }
}
