@testable import ContractHarness
import Dispatch
import Foundation
import Providers
import StructuredData
import Synchronization
import Testing

/// The ledger on disk: budgets, blocks, expiry, bad files, and many writers at once.
@Suite struct LiveLedgerTests {
    static let start = Date(timeIntervalSince1970: 1_796_198_400)
    static let lox24 = LOX24Provider.descriptor
    static let target = "https://api.lox24.example"

    private func withLedger(_ body: (LiveLedger, String) throws -> Void) throws {
        let scratch = try RepositoryFixture.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try body(LiveLedger(directory: scratch + "/state"), scratch)
    }

    private func admit(_ ledger: LiveLedger, _ count: Int, at offset: TimeInterval, spec: String = "lox24/a") throws -> LiveLedger.Admission {
        try ledger.admit(count, provider: Self.lox24, target: Self.target, policy: Self.lox24.abusePolicy, spec: spec,
                         now: Self.start.addingTimeInterval(offset))
    }

    @Test func theBudgetAdmitsThreeBadCredentialRequestsAMinuteAndSaysWhenTheNextIsSafe() throws {
        try withLedger { ledger, _ in
            for offset in [0.0, 10, 20] {
                guard case .admitted(let ids) = try admit(ledger, 1, at: offset) else {
                    Issue.record("request at +\(offset) s refused")
                    return
                }
                #expect(ids.count == 1)
            }
            let refused = try admit(ledger, 1, at: 30)
            #expect(refused == .refused(reason: "not sent: would risk LOX24's IP block: 3 bad-credential requests in the last 60 s; "
                + "next safe at 2026-12-02T08:01:00Z (ledger: \(ledger.path))"))
            #expect(try admit(ledger, 1, at: 60) != refused, "the first request left the window at +60 s")
            #expect(try ledger.countedRequests(provider: "lox24", target: Self.target, now: Self.start.addingTimeInterval(60)) == 3)
        }
    }

    @Test func targetsAndProvidersHaveTheirOwnBudgets() throws {
        try withLedger { ledger, _ in
            #expect(try admit(ledger, 3, at: 0) != .refused(reason: ""))
            let other = try ledger.admit(3, provider: Self.lox24, target: "http://127.0.0.1:9", policy: Self.lox24.abusePolicy, spec: "s", now: Self.start)
            guard case .admitted = other else {
                Issue.record("another target shared the budget: \(other)")
                return
            }
            #expect(try ledger.countedRequests(provider: "iovox", target: Self.target, now: Self.start) == 0)
        }
    }

    @Test func aSpecNeedingMoreThanTheBudgetCanNeverRun() throws {
        try withLedger { ledger, _ in
            guard case .refused(let reason) = try admit(ledger, 4, at: 0) else {
                Issue.record("four bad-credential requests admitted")
                return
            }
            #expect(reason.contains("more than LOX24's safe budget of 3 in 60 s"))
            #expect(try ledger.countedRequests(provider: "lox24", target: Self.target, now: Self.start) == 0)
        }
    }

    @Test func settlingRestampsReservationsAndRecordsUnpredictedAnswers() throws {
        try withLedger { ledger, _ in
            guard case .admitted(let ids) = try admit(ledger, 1, at: 0) else {
                Issue.record("refused")
                return
            }
            try ledger.settle(ids: ids, extra: 1, provider: "lox24", target: Self.target, policy: Self.lox24.abusePolicy, spec: "lox24/a",
                              now: Self.start.addingTimeInterval(50))
            #expect(try ledger.countedRequests(provider: "lox24", target: Self.target, now: Self.start.addingTimeInterval(100)) == 2,
                    "both now count from +50 s")
            #expect(try ledger.countedRequests(provider: "lox24", target: Self.target, now: Self.start.addingTimeInterval(110)) == 0)
        }
    }

    @Test func aBlockIsRecordedOnceAndRefusesEverySpecUntilItLifts() throws {
        try withLedger { ledger, _ in
            let policy = Self.lox24.abusePolicy
            #expect(try ledger.recordBlock(provider: "lox24", target: Self.target, spec: "lox24/first", text: "IP address was temporary blocked",
                                           policy: policy, now: Self.start) == nil)
            let second = try ledger.recordBlock(provider: "lox24", target: Self.target, spec: "lox24/second", text: "again", policy: policy,
                                                now: Self.start.addingTimeInterval(1))
            #expect(second?.spec == "lox24/first")
            #expect(second?.until == Self.start.addingTimeInterval(600))
            guard case .refused(let reason) = try admit(ledger, 0, at: 599) else {
                Issue.record("a spec ran while the block was on")
                return
            }
            #expect(reason == "not sent: LOX24's IP block is on (met by lox24/first at 2026-12-02T08:00:00Z: "
                + "\"IP address was temporary blocked\"); it should lift at 2026-12-02T08:10:00Z")
            #expect(try admit(ledger, 0, at: 600) == .admitted(ids: []))
        }
    }

    @Test(arguments: [
        ("{not json", "not valid JSON"),
        ("{\"version\": 2}", "unknown format"),
        ("{\"version\": 1, \"requests\": [{\"provider\": \"lox24\"}]}", "requests[0] lacks provider, target, at or expires"),
        ("{\"version\": 1, \"blocks\": [{\"provider\": \"lox24\", \"target\": \"t\", \"at\": 1}]}", "blocks[0] lacks provider, target, at or until"),
    ])
    func aDamagedLedgerIsAClearErrorAndIsNotOverwritten(text: String, problem: String) throws {
        try withLedger { ledger, _ in
            try FileManager.default.createDirectory(atPath: (ledger.path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: ledger.path, atomically: true, encoding: .utf8)
            #expect {
                _ = try admit(ledger, 1, at: 0)
            } throws: { error in
                let description = (error as? LiveLedgerError)?.description ?? ""
                return description.contains(ledger.path) && description.contains(problem) && description.contains("delete it to start afresh")
            }
            #expect(try String(contentsOfFile: ledger.path, encoding: .utf8) == text)
        }
    }

    @Test func theFileIsStableJSONAPersonCanRead() throws {
        try withLedger { ledger, _ in
            _ = try admit(ledger, 2, at: 0, spec: "lox24/unauthorized-wrong-token")
            let value = try JSONParser.parse(Array(try #require(FileManager.default.contents(atPath: ledger.path))))
            #expect(value["version"] == 1)
            let requests = try #require(value["requests"]?.arrayValue)
            #expect(requests.count == 2)
            #expect(requests.first?["spec"] == "lox24/unauthorized-wrong-token")
            #expect(requests.first?["expires"]?.numberValue == Self.start.timeIntervalSince1970 + 60)
        }
    }

    @Test func manyThreadsAdmittingAtOnceNeverGoOverTheBudgetNorLoseARequest() throws {
        try withLedger { ledger, _ in
            let admitted = Atomic<Int>(0)
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 8) { worker in
                for attempt in 0 ..< 10 {
                    do {
                        if case .admitted(let ids) = try admit(ledger, 1, at: 0, spec: "w\(worker)-\(attempt)") {
                            admitted.add(ids.count, ordering: .relaxed)
                        }
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                }
            }
            #expect(failures.withLock { $0 }.isEmpty)
            #expect(admitted.load(ordering: .relaxed) == 3)
            let counted = try ledger.countedRequests(provider: "lox24", target: Self.target, now: Self.start)
            #expect(counted == 3)
        }
    }

    @Test func manyThreadsRecordingAtOnceKeepEveryEntry() throws {
        try withLedger { ledger, _ in
            let generous = AbusePolicy(defence: "test block", countedRequests: "test", counted: [.init(status: 401)], budget: 1_000, window: 60,
                                       block: nil, source: "test")
            DispatchQueue.concurrentPerform(iterations: 8) { worker in
                for attempt in 0 ..< 10 {
                    _ = try? ledger.admit(1, provider: Self.lox24, target: Self.target, policy: generous, spec: "w\(worker)-\(attempt)", now: Self.start)
                }
            }
            #expect(try ledger.countedRequests(provider: "lox24", target: Self.target, now: Self.start) == 80)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: (ledger.path as NSString).deletingLastPathComponent)
            #expect(Set(leftovers) == ["live-ledger.json", "live-ledger.lock"], "no temporary files left behind")
        }
    }
}
