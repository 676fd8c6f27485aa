import Foundation
import Providers
import Testing

@Suite struct BadCredentialLockoutTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func threeFailuresWithinAMinuteDoNotLock() {
        var lockout = BadCredentialLockout()
        for second in [0.0, 10, 20] { lockout.recordFailure(from: "10.0.0.1", at: start.addingTimeInterval(second)) }
        #expect(!lockout.isLocked("10.0.0.1", at: start.addingTimeInterval(21)))
    }

    @Test func theFourthFailureWithinAMinuteLocksForTenMinutes() {
        var lockout = BadCredentialLockout()
        for second in [0.0, 10, 20, 59] { lockout.recordFailure(from: "10.0.0.1", at: start.addingTimeInterval(second)) }
        #expect(lockout.isLocked("10.0.0.1", at: start.addingTimeInterval(59)))
        #expect(lockout.isLocked("10.0.0.1", at: start.addingTimeInterval(59 + 599)))
        #expect(!lockout.isLocked("10.0.0.1", at: start.addingTimeInterval(59 + 600)))
    }

    @Test func failuresOutsideTheWindowAreForgotten() {
        var lockout = BadCredentialLockout()
        for second in [0.0, 10, 20, 61] { lockout.recordFailure(from: "10.0.0.1", at: start.addingTimeInterval(second)) }
        #expect(!lockout.isLocked("10.0.0.1", at: start.addingTimeInterval(61)))
    }

    @Test func addressesAreCountedSeparately() {
        var lockout = BadCredentialLockout()
        for (index, address) in ["a", "b", "a", "b", "a", "b"].enumerated() {
            lockout.recordFailure(from: address, at: start.addingTimeInterval(Double(index)))
        }
        #expect(!lockout.isLocked("a", at: start.addingTimeInterval(6)))
        lockout.recordFailure(from: "a", at: start.addingTimeInterval(7))
        #expect(lockout.isLocked("a", at: start.addingTimeInterval(7)))
        #expect(!lockout.isLocked("b", at: start.addingTimeInterval(7)))
        lockout.reset()
        #expect(!lockout.isLocked("a", at: start.addingTimeInterval(8)))
    }
}
