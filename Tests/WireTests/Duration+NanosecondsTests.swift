import Testing
@testable import Wire

@Suite struct DurationNanosecondsTests {
    @Test(arguments: [
        (Duration.milliseconds(1.5), Int32(2)), (.nanoseconds(1), 1), (.zero, 0), (.seconds(-3), 0),
        (.seconds(3_000_000), Int32.max),
    ])
    func pollMillisecondsRoundUpAndClamp(duration: Duration, milliseconds: Int32) {
        #expect(duration.pollMilliseconds == milliseconds)
    }

    @Test(arguments: [
        (Duration.seconds(2), Int64(2_000_000_000)), (.nanoseconds(-7), -7),
        (.seconds(Int64.max), .max), (.seconds(Int64.min), .min),
    ])
    func wholeNanosecondsClampToInt64(duration: Duration, nanoseconds: Int64) {
        #expect(duration.wholeNanoseconds == nanoseconds)
    }
}
