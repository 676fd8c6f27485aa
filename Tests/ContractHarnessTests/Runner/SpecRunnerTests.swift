@testable import ContractHarness
import Foundation
import Providers
import StructuredData
import Testing

@Suite struct SpecRunnerTests {
    private func runner(_ mode: RecordMode, recordings: String, target: any SpecTarget = FakeTarget(), sends: Bool = false) -> SpecRunner {
        let guardSettings = sends ? ["SMSCONTRACT_LIVE_SENDS": "1", "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": "*"] : [:]
        return SpecRunner(target: target, recordMode: mode, cassettes: CassetteStore(root: recordings), sendGuard: LiveSendGuard(environment: guardSettings))
    }

    private func spec(_ name: String, in specs: String = RepositoryFixture.specs) throws -> Spec {
        try SpecCatalog.load("\(specs)/lox24/\(name).json")
    }

    @Test func aSpecRecordsItsCassetteThenComparesWithIt() throws {
        let scratch = try RepositoryFixture.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let getByUUID = try spec("get-by-uuid")

        let first = runner(.missing, recordings: scratch).run(getByUUID)
        #expect(first.outcome == .passed, "\(first.differences) \(first.reason ?? "")")
        #expect(first.notes.contains { $0.hasPrefix("recorded") })

        let cassette = try #require(try CassetteStore(root: scratch).load(specID: getByUUID.id))
        #expect(cassette.interactions.map(\.step) == ["send", "lookup"])
        guard case .http(let send, _) = cassette.interactions[0].exchange, case .http(let lookup, _) = cassette.interactions[1].exchange else {
            Issue.record("expected HTTP interactions")
            return
        }
        #expect(lookup.path == "/sms/{{uuid}}")
        #expect(send.headers["X-LOX24-AUTH-TOKEN"] == "{{credentials.token}}")
        let text = try String(contentsOfFile: CassetteStore(root: scratch).path(for: getByUUID.id), encoding: .utf8)
        #expect(!text.contains(LOX24Provider.exampleToken))
        #expect(!text.contains("e3f3a759b6677959b6ebfc"))

        let second = runner(.never, recordings: scratch).run(getByUUID)
        #expect(second.outcome == .passed, "\(second.differences)")
        #expect(second.notes.isEmpty)
    }

    @Test func neverModeWithoutACassetteIsAnErrorSayingWhatToDo() throws {
        let scratch = try RepositoryFixture.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = runner(.never, recordings: scratch).run(try spec("missing-text"))
        #expect(result.outcome == .error)
        #expect(result.reason?.contains("--record missing") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
    }

    @Test func aChangedExpectationFailsWithThePathInTheSpec() throws {
        let scratch = try RepositoryFixture.copyOfRepository()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try RepositoryFixture.edit("\(scratch)/Specs/lox24/send-basic-example.json", replacing: "\"chars_count\": 34", with: "\"chars_count\": 35")
        let result = runner(.never, recordings: scratch + "/Recordings").run(try spec("send-basic-example", in: scratch + "/Specs"))
        #expect(result.outcome == .failed)
        #expect(result.differences == [Difference(source: .spec, path: "send/body/$.chars_count", expected: 35, actual: 34)])
    }

    @Test func aChangedRecordingFailsWithThePathInTheCassette() throws {
        let scratch = try RepositoryFixture.copyOfRepository()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try RepositoryFixture.edit("\(scratch)/Recordings/lox24/send-basic-example.json", replacing: "\"iso2\": \"US\"", with: "\"iso2\": \"CA\"")
        let result = runner(.never, recordings: scratch + "/Recordings").run(try spec("send-basic-example", in: scratch + "/Specs"))
        #expect(result.outcome == .failed)
        #expect(result.differences == [Difference(source: .cassette, path: "send/body/$.iso2", expected: "CA", actual: "US")])
    }

    @Test func volatileValuesInTheCassetteAreNotDrift() throws {
        let scratch = try RepositoryFixture.copyOfRepository()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let cassette = "\(scratch)/Recordings/lox24/send-basic-example.json"
        let text = try String(contentsOfFile: cassette, encoding: .utf8)
        let uuid = try #require(text.firstMatch(of: /"uuid": "([0-9a-f-]{36})"/)?.1)
        try text.replacingOccurrences(of: String(uuid), with: "11111111-2222-3333-4444-555555555555").write(toFile: cassette, atomically: true, encoding: .utf8)
        try RepositoryFixture.edit(cassette, replacing: "\"created_at\": ", with: "\"created_at\": 1")
        let result = runner(.never, recordings: scratch + "/Recordings").run(try spec("send-basic-example", in: scratch + "/Specs"))
        #expect(result.outcome == .passed, "\(result.differences)")
    }

    @Test func aBrokenCassetteIsAnErrorNamingFileAndField() throws {
        let scratch = try RepositoryFixture.copyOfRepository()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try RepositoryFixture.edit("\(scratch)/Recordings/lox24/missing-text.json", replacing: "\"status\": 422", with: "\"status\": true")
        let result = runner(.never, recordings: scratch + "/Recordings").run(try spec("missing-text", in: scratch + "/Specs"))
        #expect(result.outcome == .error)
        #expect(result.reason?.contains("missing-text.json:") == true)
        #expect(result.reason?.contains("$.interactions[0].response.status") == true)
    }

    @Test func aLiveTargetWithoutItsURLIsSkippedWithTheReason() throws {
        let result = runner(.never, recordings: "/nonexistent", target: LiveTarget(environment: [:])).run(try spec("missing-text"))
        #expect(result.outcome == .skipped)
        #expect(result.reason == "SMSCONTRACT_LOX24_URL is not set")
    }

    @Test func liveRunsSkipFakeOnlyAndSendingSpecsUnlessAllowed() throws {
        let live = LiveTarget(environment: ["SMSCONTRACT_LOX24_URL": "http://127.0.0.1:9", "SMSCONTRACT_LOX24_TOKEN": "t",
                                            "SMSCONTRACT_LIVE_DRYRUN": "0", "SMSCONTRACT_STATE_DIR": NSTemporaryDirectory() + "smscontract-state-\(UUID().uuidString)"])
        let fakeOnly = runner(.never, recordings: "/nonexistent", target: live).run(try spec("lockout-after-bad-credentials"))
        #expect(fakeOnly.outcome == .skipped)
        #expect(fakeOnly.reason?.contains("fake only") == true)
        let sends = runner(.never, recordings: "/nonexistent", target: live).run(try spec("send-basic-example"))
        #expect(sends.outcome == .skipped)
        #expect(sends.reason?.contains("SMSCONTRACT_LIVE_SENDS=1") == true)
    }

    @Test func aLiveTargetRunsAgainstASeparatelyStartedServer() throws {
        let server = FakeServer(descriptor: LOX24Provider.descriptor)
        try server.start()
        defer { server.shutdown() }
        let live = LiveTarget(environment: ["SMSCONTRACT_LOX24_URL": server.baseURL, "SMSCONTRACT_LOX24_TOKEN": LOX24Provider.exampleToken,
                                            "SMSCONTRACT_STATE_DIR": NSTemporaryDirectory() + "smscontract-state-\(UUID().uuidString)"])
        let result = runner(.never, recordings: RepositoryFixture.recordings, target: live, sends: true).run(try spec("send-basic-example"))
        #expect(result.outcome == .passed, "\(result.differences) \(result.reason ?? "")")
        #expect(result.notes.contains { $0.contains("outbox expectation skipped") })
    }

    @Test func anUnreachableTargetIsAnError() throws {
        let live = LiveTarget(environment: ["SMSCONTRACT_LOX24_URL": "http://127.0.0.1:1", "SMSCONTRACT_LOX24_TOKEN": "t",
                                            "SMSCONTRACT_STATE_DIR": NSTemporaryDirectory() + "smscontract-state-\(UUID().uuidString)"])
        let result = runner(.never, recordings: "/nonexistent", target: live).run(try spec("missing-text"))
        #expect(result.outcome == .error)
        #expect(result.reason?.contains("step send") == true)
    }

    static let staleNotes: [(age: TimeInterval, limit: TimeInterval, phrase: String)] = [
        (34_560_000, 86_400, "recorded 400 days ago, more than the 1-day limit"),
        (86_400, 43_200, "recorded 1 day ago, more than the 0.5-day limit"),
        (64_800, 43_200, "recorded 0.75 days ago, more than the 0.5-day limit"),
        (262_800, 172_800, "recorded 3.04 days ago, more than the 2-day limit"),
    ]

    @Test(arguments: staleNotes)
    func aStaleNoteSaysTheAgeAndLimitInDaysToTheHundredth(age: TimeInterval, limit: TimeInterval, phrase: String) {
        let note = SpecRunner.staleNote(age: age, limit: limit)
        #expect(note == "stale cassette: \(phrase); re-record it against its target with --record all")
    }
}
