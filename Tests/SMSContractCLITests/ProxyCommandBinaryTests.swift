import Foundation
import StructuredData
import Testing
import Wire

/// `smscontract proxy` and `specs from-recordings` as a user runs them: the built binary in front of the
/// built-in fake, driven by curl and by a Python `requests` app (each test skips, saying so, when the
/// tool is missing), then the cassettes turned into specs that lint and run.
@Suite(.serialized) struct ProxyCommandBinaryTests {
    static let token = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"

    /// The path of an executable on PATH, or nil.
    static func tool(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let curl = tool("curl")
    static let pythonWithRequests: String? = {
        guard let python = tool("python3") else { return nil }
        return (try? run(python, ["-c", "import requests"]))?.status == 0 ? python : nil
    }()

    static func run(_ executable: String, _ arguments: [String]) throws -> CommandLineBinaryTests.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A running `smscontract proxy`, its URL read from its first line.
    struct RunningProxy {
        let process: Process
        let output: Pipe
        let url: String

        init(_ arguments: [String]) throws {
            process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLineBinaryTests.binary)
            process.arguments = ["proxy"] + arguments
            output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                guard !chunk.isEmpty else { break }
                line.append(chunk)
            }
            let first = String(decoding: line, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            url = first.split(separator: " ").dropFirst(2).first.map(String.init) ?? ""
        }

        /// Sends SIGTERM and returns the exit status and everything printed after the first line.
        func stop() -> (status: Int32, output: String) {
            process.terminate()
            let rest = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: rest, as: UTF8.self))
        }
    }

    /// A Python `requests` app pointed at the proxy: a send, then a lookup of its uuid on the same session;
    /// exits 0 when both answered as the provider documents.
    static func pythonApp(proxyURL: String) -> String {
        """
        import requests, sys
        session = requests.Session()
        headers = {"X-LOX24-AUTH-TOKEN": "\(token)"}
        sent = session.post("\(proxyURL)/sms", json={"text": "Hello from Python", "sender_id": "+491701234567", "phone": "+4917612345678"}, headers=headers)
        uuid = sent.json()["uuid"]
        lookup = session.get("\(proxyURL)/sms/" + uuid, headers=headers)
        sys.exit(0 if sent.status_code == 201 and lookup.json()["uuid"] == uuid else 1)
        """
    }

    static func scratch() throws -> String {
        let folder = NSTemporaryDirectory() + "smscontract-proxy-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Checks what every client run leaves: redacted cassettes, a clean scan, a report, specs that lint and pass.
    static func checkRecordings(in folder: String, exchanges: Int, output: String) throws {
        #expect(output.contains("\(exchanges) exchanges: \(exchanges) agreed with the shadow"), "\(output)")
        let cassettes = SpecCatalogFiles.json(in: folder + "/rec")
        #expect(cassettes.count == exchanges)
        #expect(cassettes.allSatisfy { $0.contains("{{credentials.token}}") && !$0.contains("e3f3a759b6677959b6ebfc") })
        let scan = try CommandLineBinaryTests.run(["scan", folder + "/rec"])
        #expect(scan.status == 0, "\(scan.stderr)")
        let report = try JSONParser.parse(Array(FileManager.default.contents(atPath: folder + "/report.json") ?? Data()))
        #expect(report["summary"]?["passed"]?.intValue == exchanges)
        #expect(report["results"]?.arrayValue?.count == exchanges)
        let har = try CommandLineBinaryTests.run(["export", "--har", "--recordings", folder + "/rec", "--output", folder + "/x.har"])
        #expect(har.stdout.contains("\(exchanges) HTTP exchanges"), "\(har.stdout)\(har.stderr)")
        let generated = try CommandLineBinaryTests.run(["specs", "from-recordings", folder + "/rec", "--provider", "lox24", "-o", folder + "/specs"])
        #expect(generated.status == 0, "\(generated.stdout)\(generated.stderr)")
        let specs = SpecCatalogFiles.paths(in: folder + "/specs")
        #expect(!specs.isEmpty)
        let lint = try CommandLineBinaryTests.run(["lint"] + specs)
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        let run = try CommandLineBinaryTests.run(["run", "--recordings", folder + "/Recordings", "--record", "missing"] + specs.flatMap { ["--spec", $0] })
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    @Test(.enabled(if: curl != nil, "curl is not installed; install curl to run the curl check"))
    func aCurlScriptThroughTheProxyIsRecordedRedactedAndBecomesSpecs() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let proxy = try RunningProxy(["--provider", "lox24", "--upstream", "fake", "--record", folder + "/rec", "--report", folder + "/report.json",
                                      "--html", folder + "/report.html"])
        let send = try Self.run(try #require(Self.curl), ["-s", "-X", "POST", "\(proxy.url)/sms", "-H", "Content-Type: application/json",
                                                         "-H", "X-LOX24-AUTH-TOKEN: \(Self.token)",
                                                         "-d", #"{"text":"Hello from curl","sender_id":"+491701234567","phone":"+4917612345678"}"#])
        let uuid = try #require(try JSONParser.parse(send.stdout)["uuid"]?.stringValue)
        let lookup = try Self.run(try #require(Self.curl), ["-s", "-H", "X-LOX24-AUTH-TOKEN: \(Self.token)", "\(proxy.url)/sms/\(uuid)"])
        #expect(try JSONParser.parse(lookup.stdout)["uuid"]?.stringValue == uuid)
        let (status, output) = proxy.stop()
        #expect(status == 0, "\(output)")
        try Self.checkRecordings(in: folder, exchanges: 2, output: output)
        let html = String(decoding: FileManager.default.contents(atPath: folder + "/report.html") ?? Data(), as: UTF8.self)
        #expect(html.contains("<h1>SMSContract: proxy → fake") && html.contains("GET /sms/\(uuid)"))
    }

    @Test(.enabled(if: pythonWithRequests != nil, "python3 with requests is not installed (pip install requests) to run the Python check"))
    func aPythonRequestsAppThroughTheProxyIsRecordedRedactedAndBecomesSpecs() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let proxy = try RunningProxy(["--provider", "lox24", "--upstream", "fake", "--record", folder + "/rec", "--report", folder + "/report.json"])
        let result = try Self.run(try #require(Self.pythonWithRequests), ["-c", Self.pythonApp(proxyURL: proxy.url)])
        #expect(result.status == 0, "\(result.stderr)")
        let (status, output) = proxy.stop()
        #expect(status == 0, "\(output)")
        try Self.checkRecordings(in: folder, exchanges: 2, output: output)
    }

    @Test func usageErrorsNameTheOption() throws {
        let missing = try CommandLineBinaryTests.run(["proxy", "--provider", "lox24"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("--upstream is required"))
        let badUpstream = try CommandLineBinaryTests.run(["proxy", "--provider", "lox24", "--upstream", "ftp://x"])
        #expect(badUpstream.status == 1)
        #expect(badUpstream.stderr.contains("--upstream must be fake, an http:// or https:// URL"))
        let specs = try CommandLineBinaryTests.run(["specs", "from-recordings", "/nonexistent", "--provider", "lox24", "-o", "/tmp/x"])
        #expect(specs.status == 2)
        #expect(specs.stderr.contains("/nonexistent is not a folder of cassettes"))
        let help = try CommandLineBinaryTests.run(["proxy", "--help"])
        #expect(help.stdout.hasPrefix("USAGE: smscontract proxy --provider P --upstream URL|fake"))
    }

    @Test func aCAFileThatIsMissingOrNotPEMIsAnErrorAtStart() throws {
        let missing = try CommandLineBinaryTests.run(["proxy", "--provider", "lox24", "--upstream", "https://127.0.0.1:1", "--upstream-ca", "/nonexistent/ca.pem"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("--upstream-ca /nonexistent/ca.pem: cannot read the file"), "\(missing.stderr)")
        let notPEM = try CommandLineBinaryTests.run(["proxy", "--provider", "lox24", "--upstream", "https://127.0.0.1:1", "--upstream-ca", CommandLineBinaryTests.binary])
        #expect(notPEM.status == 1)
        #expect(notPEM.stderr.contains("no PEM certificate in it"), "\(notPEM.stderr)")
        let plain = try CommandLineBinaryTests.run(["proxy", "--provider", "lox24", "--upstream", "fake", "--upstream-ca", "/nonexistent/ca.pem"])
        #expect(plain.status == 2)
        #expect(plain.stderr.contains("applies to an https:// upstream only"), "\(plain.stderr)")
        let help = try CommandLineBinaryTests.run(["proxy", "--help"])
        #expect(help.stdout.contains("--upstream-ca FILE"))
    }
}

/// The JSON files below a folder.
enum SpecCatalogFiles {
    static func paths(in folder: String) -> [String] {
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
        return files.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }

    static func json(in folder: String) -> [String] {
        paths(in: folder).compactMap { FileManager.default.contents(atPath: $0) }.map { String(decoding: $0, as: UTF8.self) }
    }
}
