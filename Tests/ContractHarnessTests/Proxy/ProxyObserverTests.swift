@testable import ContractHarness
import Dispatch
import Testing

@Suite struct ProxyObserverTests {
    @Test func aFullBacklogIsCountedNotQueuedAndWarnedOnce() {
        let log = LineLog()
        let observer = ProxyObserver(maxBacklog: 2, line: { log.append($0) })
        let gate = DispatchSemaphore(value: 0)
        observer.submit {
            gate.wait()
            return SpecResult(spec: "p/1", provider: "p", sourcePath: "GET /", outcome: .passed)
        }
        observer.submit { SpecResult(spec: "p/2", provider: "p", sourcePath: "GET /", outcome: .failed, differences: [
            Difference(source: .shadow, path: "status", expected: 201, actual: 200)]) }
        for _ in 0..<5 { observer.submit { SpecResult(spec: "p/x", provider: "p", sourcePath: "GET /", outcome: .passed) } }
        gate.signal()
        observer.drain()
        #expect(observer.tally == ProxyTally(exchanges: 7, agreed: 1, flagged: 1, refused: 0, errors: 0, unobserved: 5))
        #expect(observer.results.map(\.spec) == ["p/1", "p/2"])
        #expect(log.lines.filter { $0.hasPrefix("WARN ") }.count == 1)
        #expect(log.lines.contains("DRIFT p/2 GET /: status [shadow]: expected 201, got 200"))
        #expect(observer.tally.line == "7 exchanges: 1 agreed with the shadow, 1 drifted or did not conform, 0 refused, 0 errors, 5 not observed (backlog full)")
    }

    @Test(arguments: [
        (ProxyTally(exchanges: 1, agreed: 0, flagged: 0, refused: 0, errors: 1), true,
         "1 exchange: 0 agreed with the shadow, 0 drifted or did not conform, 0 refused, 1 error"),
        (ProxyTally(exchanges: 2, agreed: 2), false, "2 exchanges: 2 forwarded (no shadow), 0 refused, 0 errors"),
    ])
    func theTallyLineCountsInTheRightNumber(tally: ProxyTally, shadowed: Bool, line: String) {
        var tally = tally
        tally.shadowed = shadowed
        #expect(tally.line == line)
    }
}
