import Foundation
import Synchronization
import StructuredData
import Testing
import Wire

/// Several `smscontract run --target live` processes at once, sharing one state directory, against a
/// separately started `smscontract serve` LOX24 fake: together they stay below its IP block.
@Suite struct LiveLedgerProcessTests {
    static let badCredentialSpecs = ["unauthorized-wrong-token", "unauthorized-missing-token", "get-requires-token"]
        .map { "Specs/lox24/\($0).json" }

    /// Starts `serve --provider lox24` on a free loopback port and returns the process and its URL.
    private func serve() throws -> (Process, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineBinaryTests.binary)
        process.arguments = ["serve", "--provider", "lox24", "--host", "127.0.0.1", "--port", "0"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        var text = ""
        while !text.contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first, let url = line.split(separator: " ").last, line.hasPrefix("lox24 ") else {
            process.terminate()
            process.waitUntilExit()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "serve printed \(text)"])
        }
        return (process, String(url))
    }

    @Test func parallelRunsShareTheBudgetAndNeverTripTheBlock() throws {
        let (server, url) = try serve()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let scratch = NSTemporaryDirectory() + "smscontract-ledger-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let environment = ["SMSCONTRACT_LOX24_URL": url, "SMSCONTRACT_LOX24_TOKEN": "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx",
                           "SMSCONTRACT_STATE_DIR": scratch + "/state", "SMSCONTRACT_RECORD": "never"]
        let processes = 4
        let outputs = Mutex<[Int: CommandLineBinaryTests.Output]>([:])
        DispatchQueue.concurrentPerform(iterations: processes) { index in
            let arguments = ["run", "--target", "live", "--report", scratch + "/report-\(index).json"]
                + Self.badCredentialSpecs.flatMap { ["--spec", $0] }
            if let output = try? CommandLineBinaryTests.run(arguments, environment: environment) {
                outputs.withLock { $0[index] = output }
            }
        }
        var passed = 0
        var skipped: [String] = []
        for index in 0 ..< processes {
            let output = try #require(outputs.withLock { $0[index] }, "process \(index) did not run")
            // A process whose every spec the ledger held back ran nothing, which is exit 1 ("nothing ran").
            let heldBack = output.stdout.contains("error: nothing ran: all ")
            #expect(output.status == (heldBack ? 1 : 0), "process \(index): \(output.stdout) \(output.stderr)")
            let report = try JSONParser.parse(Array(try #require(FileManager.default.contents(atPath: scratch + "/report-\(index).json"))))
            for result in report["results"]?.arrayValue ?? [] {
                switch result["outcome"]?.stringValue {
                case "passed": passed += 1
                case "skipped": skipped.append(result["reason"]?.stringValue ?? "")
                default: Issue.record("process \(index): \(result)")
                }
            }
        }
        #expect(passed >= 1 && passed <= 3, "at most LOX24's budget of three bad-credential requests went out")
        #expect(passed + skipped.count == processes * Self.badCredentialSpecs.count)
        #expect(skipped.allSatisfy { $0.hasPrefix("not sent: would risk LOX24's IP block: ") }, "\(skipped)")
        let ledger = try JSONParser.parse(Array(try #require(FileManager.default.contents(atPath: scratch + "/state/live-ledger.json"))))
        #expect(ledger["requests"]?.arrayValue?.count == passed, "every request sent is in the ledger, and nothing else")
        let port = try #require(UInt16(url.split(separator: ":").last ?? ""))
        let client = HTTPClient(endpoint: HTTPEndpoint(host: "127.0.0.1", port: port))
        let probe = try client.send(HTTPRequest(method: "GET", target: "/sms/00000000-0000-4000-8000-000000000000",
                                                headers: ["X-LOX24-AUTH-TOKEN": "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"]))
        #expect(probe.status == 404, "the fake's IP is not blocked (a block would answer 429)")
    }

    @Test func aRunAgainstABlockedIPExitsOneWithOneClearReason() throws {
        let (server, url) = try serve()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let scratch = NSTemporaryDirectory() + "smscontract-ledger-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let port = try #require(UInt16(url.split(separator: ":").last ?? ""))
        let client = HTTPClient(endpoint: HTTPEndpoint(host: "127.0.0.1", port: port))
        for _ in 1 ... 4 {
            _ = try client.send(HTTPRequest(method: "GET", target: "/sms/00000000-0000-4000-8000-000000000000", headers: ["X-LOX24-AUTH-TOKEN": "1:wrong"]))
        }
        let environment = ["SMSCONTRACT_LOX24_URL": url, "SMSCONTRACT_LOX24_TOKEN": "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx",
                           "SMSCONTRACT_STATE_DIR": scratch, "SMSCONTRACT_RECORD": "never"]
        let output = try CommandLineBinaryTests.run(["run", "--provider", "lox24", "--target", "live"], environment: environment)
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        // One spec errs (its line is repeated in the failure recap at the end).
        let erring = Set(lines.filter { $0.hasPrefix("ERROR ") }.compactMap { $0.split(separator: " ").dropFirst().first })
        #expect(erring.count == 1, "\(output.stdout)")
        #expect(lines.contains { $0.hasPrefix("     LOX24's IP block: ") && $0.contains(" was answered 429 \"IP address was temporary blocked") }, "\(output.stdout)")
        #expect(!lines.contains { $0.hasPrefix("FAIL ") })
        #expect(lines.last?.hasPrefix("0 passed, 0 failed, ") == true && lines.last?.contains(" skipped, 1 error") == true, "\(lines.last ?? "")")
    }
}
