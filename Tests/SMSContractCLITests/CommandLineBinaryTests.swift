import Foundation
import StructuredData
import Testing
import Wire

/// The `smscontract` executable, run as a separate process: output and exit code.
@Suite struct CommandLineBinaryTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The tests' own small suite (a `Specs/` and `Recordings/` like a user's checkout); the user's `Specs/` is
    /// only ConformanceTests' business.
    static var fixture: String { root + "/Tests/Fixtures/Suite" }

    static var binary: String {
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent() ?? Bundle.main.bundleURL
        return products.appendingPathComponent("smscontract").path
    }

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], in directory: String = fixture, executable: String = binary, environment extra: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SMSCONTRACT_") && !$0.key.hasPrefix("GITHUB_") }
        environment["CI"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func helpAndUnknownCommands() throws {
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("run ") && help.stdout.contains("serve ") && help.stdout.contains("lint "))
        let unknown = try Self.run(["rnu"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown command \"rnu\"; did you mean run?"))
        for command in ["run", "serve", "lint"] {
            let commandHelp = try Self.run([command, "--help"])
            #expect(commandHelp.status == 0)
            #expect(commandHelp.stdout.hasPrefix("USAGE: smscontract \(command)"))
        }
    }

    @Test func unknownFlagsAreUsageErrorsWithAHint() throws {
        let result = try Self.run(["run", "--provder", "lox24"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown option --provder; did you mean --provider?"))
        #expect(result.stderr.contains("smscontract run --help"))
        let badProvider = try Self.run(["run", "--provider", "nope"])
        #expect(badProvider.status == 2)
        #expect(badProvider.stderr.contains("expected one of"))
    }

    @Test func runPrintsOneLinePerSpecASummaryAndWritesTheReport() throws {
        let scratch = NSTemporaryDirectory() + "smscontract-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let report = scratch + "/report.json"
        let result = try Self.run(["run", "--spec", "Specs/lox24/missing-text.json", "--spec", "Specs/lox24/get-by-uuid.json",
                                   "--record", "never", "--report", report])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("PASS lox24/missing-text") })
        #expect(lines.contains { $0.hasPrefix("PASS lox24/get-by-uuid") })
        #expect(lines.last?.hasPrefix("2 passed, 0 failed, 0 skipped, 0 errors") == true)
        let json = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: report))))
        #expect(json["summary"] == ["passed": 2, "failed": 0, "skipped": 0, "errors": 0])
        #expect(json["results"]?.arrayValue?.map { $0["outcome"] } == ["passed", "passed"])
    }

    @Test func aFailingSpecExitsOneAndNamesThePath() throws {
        let scratch = NSTemporaryDirectory() + "smscontract-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch + "/Specs/lox24", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let original = try String(contentsOfFile: Self.fixture + "/Specs/lox24/missing-text.json", encoding: .utf8)
        try original.replacingOccurrences(of: "\"status\": 422", with: "\"status\": 400").write(toFile: scratch + "/Specs/lox24/missing-text.json", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Self.fixture + "/Recordings", toPath: scratch + "/Recordings")
        let result = try Self.run(["run", "--record", "never"], in: scratch)
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL lox24/missing-text"))
        #expect(result.stdout.contains("send/status [spec]: expected 400, got 422"))
    }

    @Test func brokenSpecsAreReportedByLintAndRunWithFileLineAndField() throws {
        let scratch = NSTemporaryDirectory() + "smscontract-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch + "/Specs", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try "{\n  \"id\": \"lox24/x\",\n  \"provider\": \"lox24\",\n  \"live\": \"maybe\"\n}\n".write(toFile: scratch + "/Specs/x.json", atomically: true, encoding: .utf8)
        let lint = try Self.run(["lint"], in: scratch)
        #expect(lint.status == 2)
        #expect(lint.stderr.contains("Specs/x.json:4:11: $.live: \"maybe\" is not one of safe, sends, never"))
        #expect(lint.stderr.contains("$.title: required"))
        let run = try Self.run(["run"], in: scratch)
        #expect(run.status == 2)
        #expect(run.stderr.contains("Specs/x.json:4:11"))
        let clean = try Self.run(["lint", "Specs"])
        #expect(clean.status == 0, Comment(rawValue: clean.stderr))
    }

    /// A started `smscontract serve --provider P --port 0` and the first line it printed, `P http://127.0.0.1:N`.
    static func serve(_ provider: String) throws -> (process: Process, line: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--provider", provider, "--port", "0"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line.append(chunk)
        }
        return (process, String(decoding: line, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "")
    }

    @Test func serveAnswersOnThePrintedURLUntilTerminated() throws {
        let (process, first) = try Self.serve("lox24")
        defer { if process.isRunning { process.terminate() } }
        let parts = first.split(separator: " ")
        #expect(parts.first == "lox24")
        let port = try #require(parts.last?.split(separator: ":").last.flatMap { UInt16($0) })
        let client = HTTPClient(host: "127.0.0.1", port: port, timeout: .seconds(5))
        let response = try client.send(HTTPRequest(method: "GET", target: "/__fake/outbox"))
        #expect(response.status == 200)
        #expect(response.bodyText == "[]")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func scanFindsAPlantedSecretAndPassesTheRepository() throws {
        let clean = try Self.run(["scan", "Recordings"])
        #expect(clean.status == 0, Comment(rawValue: clean.stderr))
        #expect(clean.stdout.contains("no credentials found"))

        let scratch = NSTemporaryDirectory() + "smscontract-scan-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch + "/lox24", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let original = try String(contentsOfFile: Self.fixture + "/Recordings/lox24/get-by-uuid.json", encoding: .utf8)
        try original.replacingOccurrences(of: "{{credentials.token}}", with: "4242424:0f1e2d3c4b5a69788796a5b4c3d2e1f0")
            .write(toFile: scratch + "/lox24/get-by-uuid.json", atomically: true, encoding: .utf8)
        let planted = try Self.run(["scan", scratch])
        #expect(planted.status == 1)
        #expect(planted.stderr.contains("get-by-uuid.json: $.interactions[0].request.headers[\"X-LOX24-AUTH-TOKEN\"]"))
        #expect(!planted.stderr.contains("0f1e2d3c4b5a"))

        let fromEnvironment = try Self.run(["scan", Self.fixture + "/Recordings/lox24"], environment: ["SMSCONTRACT_LOX24_URL": "x", "SMSCONTRACT_LOX24_TOKEN": "+14155552671"])
        #expect(fromEnvironment.status == 1)
        #expect(fromEnvironment.stderr.contains("holds the value of SMSCONTRACT_LOX24_TOKEN"))
    }

    @Test func exportWritesAHARArchive() throws {
        let scratch = NSTemporaryDirectory() + "smscontract-har-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = try Self.run(["export", "--har", "--provider", "lox24", "--output", scratch + "/x.har"])
        #expect(result.status == 0, Comment(rawValue: result.stderr))
        let har = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: scratch + "/x.har"))))
        #expect(har["log"]?["version"] == "1.2")
        #expect((har["log"]?["entries"]?.arrayValue?.count ?? 0) >= 6)
        let noFormat = try Self.run(["export"])
        #expect(noFormat.status == 2)
        #expect(noFormat.stderr.contains("--har"))
    }

    @Test func runWritesAnHTMLReport() throws {
        let scratch = NSTemporaryDirectory() + "smscontract-html-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let result = try Self.run(["run", "--provider", "lox24", "--record", "never", "--html", scratch + "/r.html"])
        #expect(result.status == 0, Comment(rawValue: result.stdout + result.stderr))
        let page = try String(contentsOfFile: scratch + "/r.html", encoding: .utf8)
        #expect(page.contains("<tr id=\"lox24/get-by-uuid\" class=\"row passed\">"))
        #expect(page.contains("<dt>command</dt><dd><code>smscontract run --provider lox24 --record never --html "))
    }
}
