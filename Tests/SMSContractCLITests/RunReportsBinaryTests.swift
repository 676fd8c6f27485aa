import Foundation
import StructuredData
import Testing

/// `run --junit`, GitHub Actions annotations and step summary, and the progress line, through the
/// built binary; JUnit files are validated against the Jenkins JUnit XSD.
@Suite struct RunReportsBinaryTests {
    /// A scratch repository with one passing, one failing (status 422 expected as 400) and one
    /// erroring (no cassette under `--record never`) lox24 spec.
    static func mixedRepository() throws -> ScratchRepository {
        let scratch = try ScratchRepository("reports")
        try scratch.copySpec("lox24/get-by-uuid.json")
        try scratch.copySpec("lox24/missing-text.json", replacing: "\"status\": 422", with: "\"status\": 400")
        try scratch.write("Specs/lox24/missing-phone.json", try String(contentsOfFile: CommandLineBinaryTests.fixture + "/Specs/lox24/missing-phone.json", encoding: .utf8))
        return scratch
    }

    @Test(.enabled(if: SchemaValidator.xmllint != nil, "xmllint is not installed: apt-get install libxml2-utils (.ci/run does)"))
    func junitValidatesAgainstTheJenkinsSchema() throws {
        let scratch = try Self.mixedRepository()
        defer { scratch.remove() }
        let result = try CommandLineBinaryTests.run(["run", "--record", "never", "--junit", "out/junit.xml"], in: scratch.path)
        #expect(result.status == 1)
        let verdict = try SchemaValidator.validateJUnit(scratch.path + "/out/junit.xml")
        #expect(verdict.valid, Comment(rawValue: verdict.output))
        // Everything skipped is "nothing ran" (exit 1), and the JUnit file still says why.
        let live = try CommandLineBinaryTests.run(["run", "--target", "live", "--spec", "Specs/lox24/get-by-uuid.json", "--junit", scratch.path + "/live.xml"])
        #expect(live.status == 1, Comment(rawValue: live.stdout + live.stderr))
        let skipped = try SchemaValidator.validateJUnit(scratch.path + "/live.xml")
        #expect(skipped.valid, Comment(rawValue: skipped.output))
        // The validator does refuse what the schema forbids: a testcase without its name.
        try scratch.write("bad.xml", "<testsuites><testsuite tests=\"1\"><testcase file=\"x\"/></testsuite></testsuites>")
        #expect(try !SchemaValidator.validateJUnit(scratch.path + "/bad.xml").valid)
    }

    @Test func junitHasASuitePerProviderACasePerSpec() throws {
        let scratch = try Self.mixedRepository()
        defer { scratch.remove() }
        let result = try CommandLineBinaryTests.run(["run", "--record", "never", "--junit", "out/junit.xml"], in: scratch.path)
        #expect(result.status == 1)
        let document = try XMLReader.parse(try scratch.read("out/junit.xml"))
        #expect(document.root.name == "testsuites")
        let suites = document.root.elements
        #expect(suites.map(\.name) == ["testsuite"])
        #expect(suites.first?.attributes.first { $0.name == "name" }?.value == "lox24")
        let cases = suites.first?.elements ?? []
        #expect(cases.count == 3)
        let byName = Dictionary(uniqueKeysWithValues: cases.compactMap { element in element.attributes.first { $0.name == "name" }.map { ($0.value, element) } })
        #expect(byName["lox24/get-by-uuid"]?.elements.isEmpty == true)
        let failure = try #require(byName["lox24/missing-text"]?.elements.first)
        #expect(failure.name == "failure")
        #expect(failure.text.contains("send/status [spec]: expected 400, got 422"))
        #expect(byName["lox24/missing-text"]?.attributes.contains { $0.name == "file" && $0.value == "Specs/lox24/missing-text.json" } == true)
        #expect(byName["lox24/missing-phone"]?.elements.first?.name == "error")

        // Everything skipped is "nothing ran" (exit 1), and the JUnit file still says why.
        let live = try CommandLineBinaryTests.run(["run", "--target", "live", "--spec", "Specs/lox24/get-by-uuid.json", "--junit", scratch.path + "/live.xml"])
        #expect(live.status == 1, Comment(rawValue: live.stdout + live.stderr))
        let skip = try XMLReader.parse(try scratch.read("live.xml")).root.elements.first?.elements.first?.elements.first
        #expect(skip?.name == "skipped")
        #expect(skip?.attributes.first { $0.name == "message" }?.value.contains("SMSCONTRACT_LIVE_SENDS=1") == true)
    }

    @Test func onGitHubActionsFailuresAreAnnotatedAtTheExpectationsLineAndSummarised() throws {
        let scratch = try Self.mixedRepository()
        defer { scratch.remove() }
        try scratch.write("summary.md", "earlier step\n")
        let result = try CommandLineBinaryTests.run(["run", "--record", "never"], in: scratch.path,
                                                    environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": scratch.path + "/summary.md"])
        #expect(result.status == 1)
        let spec = try scratch.read("Specs/lox24/missing-text.json").split(separator: "\n", omittingEmptySubsequences: false)
        let statusLine = try #require(spec.firstIndex { $0.contains("\"status\": 400") }) + 1
        let annotations = result.stdout.split(separator: "\n").filter { $0.hasPrefix("::error ") }
        #expect(annotations.count == 2)
        #expect(annotations.contains { $0.hasPrefix("::error file=Specs/lox24/missing-text.json,line=\(statusLine),") && $0.contains("title=lox24/missing-text%3A send/status::") })
        #expect(annotations.contains { $0.hasPrefix("::error file=Specs/lox24/missing-phone.json,line=1,") })
        let summary = try scratch.read("summary.md")
        #expect(summary.hasPrefix("earlier step\n## SMSContract on fake: ❌ 1 passed, 1 failed, 0 skipped, 1 error"))
        #expect(summary.contains("| `lox24` | 1 | 1 | 0 | 1 |"))
        #expect(summary.contains("send/status [spec]: expected 400, got 422"))
        let plain = try CommandLineBinaryTests.run(["run", "--record", "never"], in: scratch.path)
        #expect(!plain.stdout.contains("::error"))
    }

    @Test func moreThanTenFailuresAreCappedWithOneNotice() throws {
        let scratch = try ScratchRepository("cap")
        defer { scratch.remove() }
        let names = try FileManager.default.contentsOfDirectory(atPath: CommandLineBinaryTests.fixture + "/Specs/iovox").filter { $0.hasPrefix("origin-") || $0.hasPrefix("api-") || $0.hasPrefix("destination-") || $0.hasPrefix("message-") || $0.hasPrefix("xml-") }
        #expect(names.count > 10)
        for name in names { try scratch.copySpec("iovox/" + name) }
        // No cassettes under --record never: every spec is an error, each wants an annotation.
        let result = try CommandLineBinaryTests.run(["run", "--record", "never", "--recordings", "/nonexistent"], in: scratch.path, environment: ["GITHUB_ACTIONS": "true"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 10)
        let notice = try #require(lines.first { $0.hasPrefix("::notice ") })
        #expect(notice.contains("\(names.count - 10) more failures not annotated (GitHub shows 10 per step)"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "util-linux `script` is needed to give the run a terminal"))
    func aTerminalGetsAProgressLineAndAPipeGetsPlainLines() throws {
        let command = "\(CommandLineBinaryTests.binary) run --record never --provider iovox"
        let terminal = try CommandLineBinaryTests.run(["-qec", command, "/dev/null"], executable: "/usr/bin/script", environment: ["TERM": "xterm", "NO_COLOR": "1"])
        #expect(terminal.status == 0, Comment(rawValue: terminal.stdout))
        #expect(terminal.stdout.contains("\r\u{1B}[2K["))
        #expect(terminal.stdout.contains("/\(try FileManager.default.contentsOfDirectory(atPath: CommandLineBinaryTests.fixture + "/Specs/iovox").count)] 100% "))
        let pipe = try CommandLineBinaryTests.run(["run", "--record", "never", "--provider", "iovox"])
        #expect(!pipe.stdout.contains("\r") && !pipe.stdout.contains("\u{1B}"))
        #expect(pipe.stdout.contains("PASS iovox/send-basic-example"))
    }
}
