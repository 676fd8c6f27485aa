import Testing
@testable import Wire

@Suite struct MonotonicInstantTests {
    @Test func instantArithmeticSaturates() {
        let instant = MonotonicInstant(nanoseconds: 10)
        #expect(instant + .nanoseconds(-20) == MonotonicInstant(nanoseconds: 0))
        #expect(MonotonicInstant(nanoseconds: .max - 1) + .seconds(1) == MonotonicInstant(nanoseconds: .max))
        #expect(MonotonicInstant(nanoseconds: 30) - instant == .nanoseconds(20))
        #expect(instant - MonotonicInstant(nanoseconds: 30) == .nanoseconds(-20))
    }

    @Test(arguments: [(0, "0.000s"), (1_500_000_000, "1.500s"), (61_007_000_000, "61.007s")])
    func describesItselfInSecondsWithMilliseconds(nanoseconds: UInt64, text: String) {
        #expect(MonotonicInstant(nanoseconds: nanoseconds).description == text)
    }
}
