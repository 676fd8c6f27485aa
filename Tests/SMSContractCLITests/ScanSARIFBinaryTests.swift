import Foundation
import StructuredData
import Testing

/// `smscontract scan --sarif`: SARIF 2.1.0 that validates against the OASIS schema, one rule per
/// kind of secret, locations by line, and never the secret.
@Suite struct ScanSARIFBinaryTests {
    static let token = "4242424:0f1e2d3c4b5a69788796a5b4c3d2e1f0"

    /// A scratch folder with a cassette whose token placeholder was replaced by a real-looking token.
    static func plantedCassette() throws -> (ScratchRepository, original: String) {
        let scratch = try ScratchRepository("sarif")
        let original = try String(contentsOfFile: CommandLineBinaryTests.fixture + "/Recordings/lox24/get-by-uuid.json", encoding: .utf8)
        try scratch.write("lox24/get-by-uuid.json", original.replacingOccurrences(of: "{{credentials.token}}", with: Self.token))
        return (scratch, original)
    }

    @Test(.enabled(if: SchemaValidator.pythonWithJSONSchema != nil, "python3 with jsonschema is not installed: pip install jsonschema (.ci/run does)"))
    func findingsValidateAgainstTheSARIFSchema() throws {
        let (scratch, _) = try Self.plantedCassette()
        defer { scratch.remove() }
        let result = try CommandLineBinaryTests.run(["scan", scratch.path, "--sarif", scratch.path + "/scan.sarif"])
        #expect(result.status == 1)
        let verdict = try SchemaValidator.validateSARIF(scratch.path + "/scan.sarif")
        #expect(verdict.valid, Comment(rawValue: verdict.output))
        // The validator does refuse what the schema forbids: a log without its version.
        try scratch.write("bad.sarif", #"{"runs": []}"#)
        #expect(try !SchemaValidator.validateSARIF(scratch.path + "/bad.sarif").valid)
    }

    @Test func findingsBecomeSARIFWithoutTheSecret() throws {
        let (scratch, original) = try Self.plantedCassette()
        defer { scratch.remove() }
        let result = try CommandLineBinaryTests.run(["scan", scratch.path, "--sarif", scratch.path + "/scan.sarif"])
        #expect(result.status == 1)
        let text = try scratch.read("scan.sarif")
        #expect(!text.contains("0f1e2d3c4b5a") && !text.contains("4242424:"))
        let log = try JSONParser.parse(text)
        #expect(log["version"] == "2.1.0")
        let run = try #require(log["runs"]?.arrayValue?.first)
        #expect(run["tool"]?["driver"]?["rules"]?.arrayValue?.compactMap { $0["id"]?.stringValue }
            == ["environment-credential", "fake-credential", "credential-field", "credential-text-key", "lox24-token"])
        let results = run["results"]?.arrayValue ?? []
        #expect(!results.isEmpty)
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
        let tokenLine = try #require(lines.firstIndex { $0.contains("\"X-LOX24-AUTH-TOKEN\": \"{{credentials.token}}\"") }) + 1
        let located = results.filter { result in
            let physical = result["locations"]?.arrayValue?.first?["physicalLocation"]
            let line: JSONValue? = physical?["region"]?["startLine"]
            let uri: String = physical?["artifactLocation"]?["uri"]?.stringValue ?? ""
            return result["ruleId"] == "credential-field" && line == .integer(tokenLine) && uri.hasSuffix("lox24/get-by-uuid.json")
        }
        #expect(!located.isEmpty, Comment(rawValue: text))
    }

    @Test(.enabled(if: SchemaValidator.pythonWithJSONSchema != nil, "python3 with jsonschema is not installed: pip install jsonschema (.ci/run does)"))
    func aCleanScanWritesAValidEmptyLog() throws {
        let scratch = try ScratchRepository("sarif-clean")
        defer { scratch.remove() }
        let result = try CommandLineBinaryTests.run(["scan", "Recordings/iovox", "--sarif", scratch.path + "/clean.sarif"])
        #expect(result.status == 0, Comment(rawValue: result.stderr))
        let verdict = try SchemaValidator.validateSARIF(scratch.path + "/clean.sarif")
        #expect(verdict.valid, Comment(rawValue: verdict.output))
        #expect(try JSONParser.parse(try scratch.read("clean.sarif"))["runs"]?.arrayValue?.first?["results"] == [])
    }
}
