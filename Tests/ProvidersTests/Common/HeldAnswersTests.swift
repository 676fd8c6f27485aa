import Foundation
@testable import Providers
import Testing

@Suite struct HeldAnswersTests {
    @Test func aWaitEndsOnceTheCountIsReached() async {
        let held = HeldAnswers()
        async let reached = held.wait(forCount: 2, timeout: .seconds(10))
        held.note()
        held.note()
        #expect(await reached)
        #expect(held.count == 2)
    }

    @Test func aCountAlreadyReachedNeedsNoWait() async {
        let held = HeldAnswers()
        held.note()
        #expect(await held.wait(forCount: 1, timeout: .zero))
    }

    @Test func aWaitGivesUpAfterItsTimeout() async {
        let held = HeldAnswers()
        held.note()
        #expect(await !held.wait(forCount: 2, timeout: .milliseconds(10)))
        #expect(held.count == 1)
    }

    @Test func aBlockingWaitEndsWhenAnotherThreadNotesTheAnswer() {
        let held = HeldAnswers()
        Thread.detachNewThread { held.note() }
        #expect(held.waitBlocking(forCount: 1, timeout: .seconds(60)))
    }

    @Test func aBlockingWaitGivesUpAfterItsTimeout() {
        #expect(!HeldAnswers().waitBlocking(forCount: 1, timeout: .milliseconds(10)))
    }
}
