import ContractHarness
import Foundation
import Providers
import StructuredData
import Testing
import Wire

/// The live path, tested against a separately started server: one that answers like the fake, and
/// one that deliberately differs from the cassettes in a single field.
@Suite struct LiveDriftTests {
    /// A state directory of the tests' own, so the live ledger never lands in the user's cache.
    static let stateDirectory = NSTemporaryDirectory() + "smscontract-state-\(UUID().uuidString)"

    /// A LOX24 fake on a socket whose 201 answers say `iso2: "CA"` instead of `US`, and whose ids, times and request ids differ too.
    private func driftingServer() throws -> HTTPServer {
        let fake = LOX24Fake(environment: FakeEnvironment())
        let server = HTTPServer(configuration: HTTPServerConfiguration()) { request in
            var response = fake.handle(request)
            if response.status == 201, var body = try? JSONParser.parse(response.body).objectValue {
                body["iso2"] = "CA"
                response.body = JSONWriter.bytes(.object(body))
            }
            return response
        }
        try server.start()
        return server
    }

    @Test func onlyTheChangedFieldIsReportedAsDrift() throws {
        let server = try driftingServer()
        defer { server.shutdown() }
        let live = LiveTarget(environment: ["SMSCONTRACT_LOX24_URL": "http://127.0.0.1:\(server.port)", "SMSCONTRACT_LOX24_TOKEN": LOX24Provider.exampleToken,
                                            "SMSCONTRACT_STATE_DIR": Self.stateDirectory])
        let runner = SpecRunner(target: live, recordMode: .never, cassettes: CassetteStore(root: RepositoryFixture.recordings),
                                sendGuard: LiveSendGuard(environment: ["SMSCONTRACT_LIVE_SENDS": "1", "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": "+14155552671"]))
        let result = runner.run(try SpecCatalog.load(RepositoryFixture.specs + "/lox24/send-basic-example.json"))
        #expect(result.outcome == .failed)
        #expect(result.differences == [
            Difference(source: .spec, path: "send/body/$.iso2", expected: "US", actual: "CA"),
            Difference(source: .cassette, path: "send/body/$.iso2", expected: "US", actual: "CA"),
        ])
        let refusals = runner.run(try SpecCatalog.load(RepositoryFixture.specs + "/lox24/missing-text.json"))
        #expect(refusals.outcome == .passed, "\(refusals.differences)")
    }

    @Test func theSendGuardStopsNumbersThatAreNotAllowed() throws {
        let server = FakeServer(descriptor: LOX24Provider.descriptor)
        try server.start()
        defer { server.shutdown() }
        let live = LiveTarget(environment: ["SMSCONTRACT_LOX24_URL": server.baseURL, "SMSCONTRACT_LOX24_TOKEN": LOX24Provider.exampleToken,
                                            "SMSCONTRACT_STATE_DIR": Self.stateDirectory])
        let runner = SpecRunner(target: live, recordMode: .never, cassettes: CassetteStore(root: RepositoryFixture.recordings),
                                sendGuard: LiveSendGuard(environment: ["SMSCONTRACT_LIVE_SENDS": "1", "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": "+491700000000"]))
        let result = runner.run(try SpecCatalog.load(RepositoryFixture.specs + "/lox24/send-basic-example.json"))
        #expect(result.outcome == .skipped)
        #expect(result.reason?.contains("+14155552671") == true)
        #expect(server.environment.outbox.entries.isEmpty)
    }

    @Test func aStaleCassetteIsReportedNotRerecorded() throws {
        let runner = SpecRunner(target: FakeTarget(), recordMode: .missing, cassettes: CassetteStore(root: RepositoryFixture.recordings),
                                maximumCassetteAge: 86_400, now: { Date().addingTimeInterval(400 * 86_400) })
        let before = try String(contentsOfFile: RepositoryFixture.recordings + "/lox24/missing-text.json", encoding: .utf8)
        let result = runner.run(try SpecCatalog.load(RepositoryFixture.specs + "/lox24/missing-text.json"))
        #expect(result.outcome == .passed)
        #expect(result.stale)
        #expect(result.notes.contains { $0.hasPrefix("stale cassette") })
        #expect(try String(contentsOfFile: RepositoryFixture.recordings + "/lox24/missing-text.json", encoding: .utf8) == before)
    }

    @Test func aCassetteThatWouldHoldACredentialIsNotWritten() throws {
        let scratch = try RepositoryFixture.scratch()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let leaky = HTTPServer(configuration: HTTPServerConfiguration()) { _ in
            .json(201, ["echo": "8675309:a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6", "uuid": "11111111-2222-3333-4444-555555555555"])
        }
        try leaky.start()
        defer { leaky.shutdown() }
        let live = LiveTarget(environment: ["SMSCONTRACT_LOX24_URL": "http://127.0.0.1:\(leaky.port)", "SMSCONTRACT_LOX24_TOKEN": "t0ken",
                                            "SMSCONTRACT_STATE_DIR": Self.stateDirectory])
        let runner = SpecRunner(target: live, recordMode: .missing, cassettes: CassetteStore(root: scratch))
        let spec = try SpecDecoder.decode(Array("""
            {"id": "lox24/leak", "provider": "lox24", "title": "t", "seed": {"file": "003_d449210a1a403a84.txt", "section": "s"}, "live": "safe",
             "steps": [{"name": "s", "request": {"method": "GET", "path": "/x"}, "expect": {"status": 201}}]}
            """.utf8), file: "leak.json")
        let result = runner.run(spec)
        #expect(result.outcome == .error)
        #expect(result.reason?.hasPrefix("refused to write the cassette") == true)
        #expect(result.reason?.contains("a1b2c3d4e5f6") == false)
        let scratchFiles = try FileManager.default.subpathsOfDirectory(atPath: scratch).filter { $0.hasSuffix(".json") }
        #expect(scratchFiles.isEmpty)
    }
}
