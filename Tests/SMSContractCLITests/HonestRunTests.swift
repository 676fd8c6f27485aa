import Foundation
import Testing

/// Nothing passes silently, tested on the built `smscontract`: exit codes and output of runs that ran
/// nothing, were asked to fail on skips, selected no spec, lack a live variable, or met refused credentials.
@Suite struct HonestRunTests {
    typealias CLI = CommandLineBinaryTests

    /// A `serve`d LOX24 fake, its URL, and a live environment pointing at it with `token`.
    private func liveLOX24(token: String = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx") throws -> (Process, String, [String: String]) {
        let (process, line) = try CLI.serve("lox24")
        let url = String(line.split(separator: " ").last ?? "")
        return (process, url, ["SMSCONTRACT_LOX24_URL": url, "SMSCONTRACT_LOX24_TOKEN": token,
                               "SMSCONTRACT_LIVE_SENDS": "1", "SMSCONTRACT_LIVE_ALLOWED_NUMBERS": "*"])
    }

    private static let safeAndFakeOnly = ["--spec", "Specs/lox24/missing-text.json", "--spec", "Specs/lox24/lockout-after-bad-credentials.json"]

    @Test func aLiveRunWithNoProviderConfiguredRanNothingAndFails() throws {
        let result = try CLI.run(["run", "--target", "live", "--record", "never"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let count = FileManager.default.enumerator(atPath: CommandLineBinaryTests.fixture + "/Specs")?.allObjects
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.count ?? 0
        #expect(lines.dropLast().last?.hasPrefix("error: nothing ran: all \(count) specs were skipped (") == true, "\(lines.suffix(3))")
        #expect(lines.last?.hasPrefix("error: no selected provider is configured for the live target: set SMSCONTRACT_IOVOX_URL or ") == true, "\(lines.suffix(2))")
        #expect(lines.last?.contains("SMSCONTRACT_LOX24_URL") == true)
    }

    @Test(arguments: [
        ([:], "live lox24 needs SMSCONTRACT_LOX24_URL, SMSCONTRACT_LOX24_TOKEN (unset or empty)"),
        (["SMSCONTRACT_LOX24_URL": "http://127.0.0.1:9", "SMSCONTRACT_LOX24_TOKEN": ""], "live lox24 needs SMSCONTRACT_LOX24_TOKEN (unset or empty)"),
        (["SMSCONTRACT_LOX24_URL": "http://127.0.0.1:9", "SMSCONTRACT_LOX24_TOKN": "x"], "live lox24 needs SMSCONTRACT_LOX24_TOKEN (unset or empty)"),
    ] as [([String: String], String)])
    func aRequestedLiveProviderWithoutItsVariablesIsAConfigurationError(environment: [String: String], message: String) throws {
        let result = try CLI.run(["run", "--provider", "lox24", "--target", "live"], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stdout.contains("Running"))
    }

    @Test func aProviderWhoseURLIsSetButWhoseSecretIsMissingIsAConfigurationErrorEvenUnrequested() throws {
        let result = try CLI.run(["run", "--target", "live"], environment: ["SMSCONTRACT_SKYCORE_URL": "http://127.0.0.1:9", "SMSCONTRACT_SKYCORE_API_KEY": ""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("live skycore needs SMSCONTRACT_SKYCORE_API_KEY (unset or empty)"), "\(result.stderr)")
    }

    @Test func aSelectionOfNoSpecsIsAUsageError() throws {
        let result = try CLI.run(["run", "--provider", "lox24", "--spec", "Specs/iovox/send-basic-example.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no specs selected: --provider lox24 matches none of the 1 spec file given (their providers: iovox)"), "\(result.stderr)")
    }

    @Test func failOnSkipTurnsASkipIntoAFailure() throws {
        let (server, _, environment) = try liveLOX24()
        defer { server.terminate(); server.waitUntilExit() }
        let arguments = ["run", "--target", "live", "--record", "never"] + Self.safeAndFakeOnly
        let allowed = try CLI.run(arguments, environment: environment)
        #expect(allowed.status == 0, "\(allowed.stdout)\(allowed.stderr)")
        #expect(allowed.stdout.contains("1 passed, 0 failed, 1 skipped, 0 errors"))
        for (extra, variable) in [(["--fail-on-skip"], [:]), ([], ["SMSCONTRACT_FAIL_ON_SKIP": "1"])] as [([String], [String: String])] {
            let strict = try CLI.run(arguments + extra, environment: environment.merging(variable) { $1 })
            #expect(strict.status == 1, "\(strict.stdout)")
            #expect(strict.stdout.split(separator: "\n").last?.hasPrefix("error: 1 spec skipped, and --fail-on-skip (SMSCONTRACT_FAIL_ON_SKIP=1) makes a skip fail (1 × fake only") == true,
                    "\(strict.stdout)")
        }
    }

    @Test func refusedCredentialsAreOneHeadlineNotDrift() throws {
        let (server, _, environment) = try liveLOX24(token: "7654321:00000000000000000000000000000000")
        defer { server.terminate(); server.waitUntilExit() }
        let result = try CLI.run(["run", "--target", "live", "--record", "never", "--spec", "Specs/lox24/missing-text.json", "--spec", "Specs/lox24/send-basic-example.json"],
                                 environment: environment)
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL lox24/missing-text") && result.stdout.contains("— credentials refused"))
        #expect(!result.stdout.contains("expected 422, got 401"))
        #expect(result.stdout.components(separatedBy: "refused the configured credentials").count == 2, "\(result.stdout)") // Said once.
        #expect(result.stdout.split(separator: "\n").last
            == "error: live lox24 refused the configured credentials (HTTP 401); check SMSCONTRACT_LOX24_TOKEN — on 2 of 2 lox24 specs; their differences are not drift")
    }

    @Test func anHTTPSURLAtThePlainFakeFailsWithAPlainMessage() throws {
        let (server, url, environment) = try liveLOX24()
        defer { server.terminate(); server.waitUntilExit() }
        let https = "https" + url.dropFirst("http".count)
        let result = try CLI.run(["run", "--target", "live", "--record", "never", "--spec", "Specs/lox24/missing-text.json"],
                                 environment: environment.merging(["SMSCONTRACT_LOX24_URL": https]) { $1 })
        #expect(result.status == 1)
        #expect(result.stdout.contains("is an https:// URL, but 127.0.0.1:"), "\(result.stdout)")
        #expect(result.stdout.contains("use \(url)"))
        #expect(!result.stdout.lowercased().contains("ssl"))
    }

    @Test func failuresAreRepeatedTogetherAtTheEndAndOneProblemIsOneProblem() throws {
        let scratch = NSTemporaryDirectory() + "smscontract-honest-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch + "/Specs", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.copyItem(atPath: CLI.fixture + "/Specs/lox24", toPath: scratch + "/Specs/lox24")
        try FileManager.default.copyItem(atPath: CLI.fixture + "/Recordings", toPath: scratch + "/Recordings")
        let spec = scratch + "/Specs/lox24/missing-text.json"
        let original = try String(contentsOfFile: spec, encoding: .utf8)
        try original.replacingOccurrences(of: "\"status\": 422", with: "\"status\": 400").write(toFile: spec, atomically: true, encoding: .utf8)
        let run = try CLI.run(["run", "--record", "never"], in: scratch)
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let line = try #require(lines.firstIndex { $0.hasPrefix("FAIL lox24/missing-text") })
        #expect(lines[line].hasSuffix("— 1 difference"))
        let recap = try #require(lines.firstIndex(of: "1 failure:"))
        #expect(recap > line)
        #expect(lines[recap + 1] == "FAIL lox24/missing-text — Specs/lox24/missing-text.json")
        #expect(lines[recap + 2] == "     send/status [spec]: expected 400, got 422")

        try "{\"id\": \"lox24/x\", \"provider\": \"lox24\", \"title\": \"t\", \"seed\": {\"file\": \"003_d449210a1a403a84.txt\", \"section\": \"s\"}, \"live\": \"safe\", \"steps\": []}\n"
            .write(toFile: scratch + "/Specs/lox24/x.json", atomically: true, encoding: .utf8)
        let lint = try CLI.run(["lint", "Specs/lox24/x.json"], in: scratch)
        #expect(lint.status == 2)
        #expect(lint.stdout.contains("1 spec file, 0 valid, 1 with problems (1 problem)"), "\(lint.stdout)\(lint.stderr)")
        let broken = try CLI.run(["run"], in: scratch)
        #expect(broken.stderr.contains("1 problem in spec files; nothing was run"), "\(broken.stderr)")
    }
}
