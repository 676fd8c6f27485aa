import ContractHarness
import Foundation
import Providers
import StructuredData
import Testing
import Wire

/// Live runs against a separately started LOX24 fake on a real socket, standing in for the real API:
/// the ledger keeps repeated runs below the IP block, a block stops the run at once, and unexpected
/// bad-credential answers make every request count.
@Suite struct LiveSafetyTests {
    /// A LOX24 fake whose clock only moves when the test moves it, and a scratch state directory.
    final class Account {
        let clock = FakeClock(frozen: true)
        let server: FakeServer
        let state: String

        init() throws {
            server = FakeServer(descriptor: LOX24Provider.descriptor, environment: FakeEnvironment(clock: clock))
            try server.start()
            state = try RepositoryFixture.scratch()
        }

        deinit {
            server.shutdown()
            try? FileManager.default.removeItem(atPath: state)
        }

        func runner(token: String = LOX24Provider.exampleToken, extra: [String: String] = [:]) -> SpecRunner {
            var environment = ["SMSCONTRACT_LOX24_URL": server.baseURL, "SMSCONTRACT_LOX24_TOKEN": token, "SMSCONTRACT_STATE_DIR": state]
            environment.merge(extra) { $1 }
            let clock = self.clock
            let target = LiveTarget(environment: environment, safety: LiveSafety(environment: environment, now: { clock.now }))
            return SpecRunner(target: target, recordMode: .never, cassettes: CassetteStore(root: RepositoryFixture.recordings),
                              sendGuard: LiveSendGuard(environment: environment))
        }

        /// Sends one request with `token` straight to the fake and returns its status.
        func status(token: String) throws -> Int {
            let transport = try HTTPTransports.forBaseURL(server.baseURL)
            let request = HTTPRequest(method: "POST", target: "/sms", headers: ["Content-Type": "application/json", "X-LOX24-AUTH-TOKEN": token],
                                      body: Array(#"{"text": "Hello", "sender_id": "+491701234567", "phone": "+14155552671"}"#.utf8))
            return try transport.send(request).status
        }
    }

    static let badCredentialSpecs: Set = ["lox24/unauthorized-wrong-token", "lox24/unauthorized-missing-token", "lox24/get-requires-token"]

    static func lox24Specs() throws -> [Spec] {
        try SpecCatalog.files(in: RepositoryFixture.specs + "/lox24").map { try SpecCatalog.load($0) }
    }

    @Test func threeRunsInARowAllPassAndLeaveTheIPUnblocked() throws {
        let account = try Account()
        let specs = try Self.lox24Specs()
        for run in 1 ... 3 {
            let results = SuiteRunner(runner: account.runner(), parallelism: 4).run(specs)
            let broken = results.filter { $0.outcome == .failed || $0.outcome == .error }
            #expect(broken.isEmpty, "run \(run): \(broken.map { "\($0.spec): \($0.reason ?? "") \($0.differences)" })")
            #expect(results.filter(\.dryRun).count > 10, "run \(run): the sending specs ran as dry runs")
            #expect(account.server.environment.outbox.entries.isEmpty, "run \(run) sent nothing")
            for result in results where Self.badCredentialSpecs.contains(result.spec) {
                if run == 1 {
                    #expect(result.outcome == .passed, "run 1: \(result.spec) \(result.reason ?? "")")
                } else {
                    #expect(result.outcome == .skipped)
                    #expect(result.reason?.hasPrefix("not sent: would risk LOX24's IP block: 3 bad-credential requests in the last 60 s; next safe at ") == true,
                            "\(result.reason ?? "")")
                }
            }
        }
        #expect(try account.status(token: LOX24Provider.exampleToken) == 201, "the IP is not blocked")
        account.clock.advance(seconds: 61)
        let later = SuiteRunner(runner: account.runner(), parallelism: 4).run(specs)
        #expect(later.filter { Self.badCredentialSpecs.contains($0.spec) }.allSatisfy { $0.outcome == .passed }, "a minute later they run again")
        #expect(try account.status(token: LOX24Provider.exampleToken) == 201)
    }

    @Test func aRunAgainstABlockedIPStopsAtTheFirst429AndSendsNothingMore() throws {
        let account = try Account()
        for _ in 1 ... 4 { _ = try account.status(token: "7654321:0000000000000000000000000000000") }
        #expect(try account.status(token: LOX24Provider.exampleToken) == 429, "the fake's IP is blocked before the run")
        let before = account.server.environment.journal.entries.count
        let results = SuiteRunner(runner: account.runner(extra: ["SMSCONTRACT_LIVE_DRYRUN": "0"]), parallelism: 1).run(try Self.lox24Specs())
        #expect(account.server.environment.journal.entries.count == before + 1, "exactly one request reached the blocked provider")
        let errors = results.filter { $0.outcome == .error }
        #expect(errors.count == 1)
        let reason = try #require(errors.first?.reason)
        #expect(reason.hasPrefix("LOX24's IP block: POST /sms was answered 429 \"IP address was temporary blocked, because during short time"), "\(reason)")
        #expect(reason.contains("it should lift at ") && reason.contains("(600 s after, per seed 003"))
        #expect(errors.first?.differences.isEmpty == true, "the block is the result, not dozens of differences")
        #expect(results.filter { $0.outcome == .failed }.isEmpty)
        let skipReasons = results.filter { $0.outcome == .skipped }.compactMap(\.reason)
        let blockSkips = skipReasons.filter { $0.hasPrefix("not sent: LOX24's IP block is on (met by \(errors.first?.spec ?? "?") at ") }
        #expect(blockSkips.count > 20, "the block skips the rest of the run")
        let others = skipReasons.filter { reason in
            !blockSkips.contains(reason) && !["fake only", "awaits callbacks", "sends an SMS"].contains { reason.hasPrefix($0) }
        }
        #expect(others.isEmpty, "\(others)")
    }

    @Test func parallelSpecsMeetingTheBlockReportItOnce() throws {
        let account = try Account()
        for _ in 1 ... 4 { _ = try account.status(token: "7654321:0000000000000000000000000000000") }
        let before = account.server.environment.journal.entries.count
        let results = SuiteRunner(runner: account.runner(extra: ["SMSCONTRACT_LIVE_DRYRUN": "0"]), parallelism: 4).run(try Self.lox24Specs())
        #expect(account.server.environment.journal.entries.count == before + 1, "the first spec goes alone; the others never reach the block")
        #expect(results.filter { $0.outcome == .error }.count == 1, "\(results.filter { $0.outcome == .error }.map(\.reason))")
        #expect(results.filter { $0.outcome == .failed }.isEmpty)
    }

    @Test func aBlockMetByOneRunSkipsTheNextRunBeforeItSendsAnything() throws {
        let account = try Account()
        for _ in 1 ... 4 { _ = try account.status(token: "7654321:0000000000000000000000000000000") }
        let specs = try Self.lox24Specs()
        _ = SuiteRunner(runner: account.runner(extra: ["SMSCONTRACT_LIVE_DRYRUN": "0"]), parallelism: 1).run(specs)
        let before = account.server.environment.journal.entries.count
        let again = SuiteRunner(runner: account.runner(extra: ["SMSCONTRACT_LIVE_DRYRUN": "0"]), parallelism: 1).run(specs)
        #expect(account.server.environment.journal.entries.count == before, "the second run sent nothing")
        #expect(again.allSatisfy { $0.outcome == .skipped })
        account.clock.advance(seconds: 600)
        let lifted = SuiteRunner(runner: account.runner(extra: ["SMSCONTRACT_LIVE_DRYRUN": "0"]), parallelism: 1).run(specs)
        #expect(lifted.filter { $0.outcome == .passed }.count > 20, "the block lifted ten minutes after it was met")
    }

    @Test func unexpectedBadCredentialAnswersMakeEveryRequestCount() throws {
        let account = try Account()
        let results = SuiteRunner(runner: account.runner(token: "7654321:notthetokenxxxxxxxxxxxxxxxxxxxxx", extra: ["SMSCONTRACT_LIVE_DRYRUN": "0"]),
                                  parallelism: 1).run(try Self.lox24Specs())
        #expect(try account.status(token: LOX24Provider.exampleToken) == 201, "three 401s, never the fourth")
        let held = results.filter { $0.reason?.contains("so every request counts: check the lox24 credentials") == true }
        #expect(held.count > 10, "\(results.map { "\($0.spec) \($0.outcome) \($0.reason ?? "")" })")
    }

    @Test func sendsRunAsDryRunsByDefaultWithNothingSentAndTheReportSaysSo() throws {
        let account = try Account()
        let result = account.runner().run(try SpecCatalog.load(RepositoryFixture.specs + "/lox24/send-basic-example.json"))
        #expect(result.outcome == .passed, "\(result.differences) \(result.reason ?? "")")
        #expect(result.dryRun)
        #expect(result.notes.contains("ran as a dry run (POST /sms/dryrun): checked against LOX24 with nothing sent or billed"))
        #expect(account.server.environment.outbox.entries.isEmpty, "nothing was sent")
        let targets = account.server.environment.journal.entries.compactMap { entry -> String? in
            guard case .http(let request, _, _) = entry.exchange else { return nil }
            return "\(request.method) \(request.target)"
        }
        #expect(targets == ["POST /sms/dryrun"])
    }

    @Test func forcedDryRunsSkipWhatCannotBeOneAndRealSendsStayPossible() throws {
        let account = try Account()
        let lookup = account.runner(extra: ["SMSCONTRACT_LIVE_DRYRUN": "1", "SMSCONTRACT_LIVE_SENDS": "1", "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": "*"])
            .run(try SpecCatalog.load(RepositoryFixture.specs + "/lox24/get-by-uuid.json"))
        #expect(lookup.outcome == .skipped)
        #expect(lookup.reason?.contains("cannot run as a dry run") == true)
        let real = account.runner(extra: ["SMSCONTRACT_LIVE_SENDS": "1", "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": "*"])
            .run(try SpecCatalog.load(RepositoryFixture.specs + "/lox24/send-basic-example.json"))
        #expect(real.outcome == .passed, "\(real.differences) \(real.reason ?? "")")
        #expect(!real.dryRun)
        #expect(account.server.environment.outbox.entries.count == 1, "SMSCONTRACT_LIVE_SENDS=1 alone sends for real")
    }

    @Test func anUnreadableDryRunSettingIsAnErrorNamingTheVariable() throws {
        let account = try Account()
        let result = account.runner(extra: ["SMSCONTRACT_LIVE_DRYRUN": "yes"]).run(try SpecCatalog.load(RepositoryFixture.specs + "/lox24/missing-text.json"))
        #expect(result.outcome == .error)
        #expect(result.reason == "SMSCONTRACT_LIVE_DRYRUN must be 1 or 0, got \"yes\"")
    }

    @Test func aBlockRecognisedByItsBodyStopsSkycoreToo() throws {
        let server = FakeServer(descriptor: SkycoreProvider.descriptor)
        try server.start()
        defer { server.shutdown() }
        let state = try RepositoryFixture.scratch()
        defer { try? FileManager.default.removeItem(atPath: state) }
        try FakeControlClient(transport: try HTTPTransports.forBaseURL(server.baseURL)).perform(.configureAccount(["state": "blocked"]))
        let environment = ["SMSCONTRACT_SKYCORE_URL": server.baseURL, "SMSCONTRACT_SKYCORE_API_KEY": SkycoreProvider.defaultAPIKey,
                           "SMSCONTRACT_STATE_DIR": state]
        let runner = SpecRunner(target: LiveTarget(environment: environment), recordMode: .never,
                                cassettes: CassetteStore(root: RepositoryFixture.recordings), sendGuard: LiveSendGuard(environment: environment))
        let specs = try SpecCatalog.files(in: RepositoryFixture.specs + "/skycore").map { try SpecCatalog.load($0) }
        let results = SuiteRunner(runner: runner, parallelism: 1).run(specs)
        let errors = results.filter { $0.outcome == .error }
        #expect(errors.count == 1, "\(errors.map(\.reason))")
        #expect(errors.first?.reason?.hasPrefix("Skycore's API block: POST / was answered 200 \"") == true, "\(errors.first?.reason ?? "")")
        #expect(results.filter { $0.reason?.hasPrefix("not sent: Skycore's API block is on") == true }.count > 5)
        #expect(results.filter { $0.outcome == .failed }.isEmpty)
    }
}
