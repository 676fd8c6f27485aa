import SMSContractTesting
import Testing

@Suite struct FakeServerClockTests {
    @Test func theTraitAndWithFakeDefaultToTheSystemClock() {
        #expect(FakeTrait.fake(.lox24).clock == .system)
        #expect(FakeTrait.fake(.lox24, clock: .manual).clock == .manual)
    }

    @Test func theManualClockMovesOnlyWithAdvance() async throws {
        try await withFake(.lox24, clock: .manual) { fake throws in
            let clock = try #require(fake.manualClock)
            let before = clock.now
            #expect(clock.now == before)
            fake.advance(seconds: 1.5)
            #expect(clock.now - before == .milliseconds(1500))
            fake.advance(seconds: -3) // Never backwards.
            #expect(clock.now - before == .milliseconds(1500))
        }
    }
}
