import Providers
import Testing
import Wire

@Suite struct RefusedAnswersTests {
    @Test(arguments: [(201, false), (399, false), (400, true), (503, true)])
    func onlyRefusalsAreKept(status: Int, kept: Bool) {
        let answers = RefusedAnswers()
        answers.note(7, HTTPResponse(status: status, contentType: "application/json", text: "{}"))
        #expect((answers.bySequence[7] != nil) == kept)
    }

    @Test func bodiesAreCutAndTheOldestGoesFirst() {
        let answers = RefusedAnswers(capacity: 2)
        for sequence in 1...3 {
            answers.note(sequence, HTTPResponse(status: 400, contentType: "text/plain", text: String(repeating: "x", count: 10_000)))
        }
        #expect(answers.bySequence.keys.sorted() == [2, 3])
        #expect(answers.bySequence[3]?.body.utf8.count == RefusedAnswers.maxBodyBytes)
        #expect(answers.bySequence[3]?.contentType == "text/plain")
        answers.clear()
        #expect(answers.bySequence.isEmpty)
    }
}
