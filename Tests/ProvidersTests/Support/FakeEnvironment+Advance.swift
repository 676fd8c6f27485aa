import Foundation
import Providers

extension FakeEnvironment {
    /// Moves fake time forward `seconds` and settles: runs the work that fell due and waits until the
    /// callbacks it queued have been attempted, as `RunningFake.advance(seconds:)` (SMSContractTesting)
    /// does for tests that hold a running fake. One call, so no test moves the clock and forgets to settle.
    func advance(seconds: TimeInterval) {
        clock.advance(seconds: seconds)
        settle()
    }
}
