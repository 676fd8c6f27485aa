import ContractHarness
import StructuredData
import Testing

@Suite struct SARIFReportTests {
    static let scanner = SecretScanner(knownSecrets: SecretScanner.knownSecrets(environment: ["SMSCONTRACT_LOX24_TOKEN": "sandbox-token-123456"]))

    /// The real scanner's findings, one of each kind, so the classification follows the scanner's wording.
    static var findings: [SecretScanner.Finding] {
        let document: JSONValue = [
            "env": "Bearer sandbox-token-123456",
            "fake": "myPassword",
            "headers": ["x-api-key": "Zq8kT2mW9pL4vX7n"],
            "body": "[SENDER]\nPW=Zq8kT2mW9pL4vX7n",
            "note": "token 4242424:0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        ]
        return scanner.scan(document, file: "./Recordings/p/a b.json")
    }

    @Test func eachKindOfFindingHasItsRule() {
        let kinds = Self.findings.map(SARIFReport.Kind.init)
        #expect(Set(kinds) == Set(SARIFReport.Kind.allCases), "\(Self.findings.map(\.reason))")
    }

    @Test func theLogHasRulesResultsAndLocationsButNoSecret() throws {
        let log = SARIFReport.log(Self.findings, toolVersion: "9.9") { _ in SourceLocation(line: 7, column: 2) }
        #expect(log["version"] == "2.1.0")
        let run = try #require(log["runs"]?.arrayValue?.first)
        #expect(run["tool"]?["driver"]?["version"] == "9.9")
        let rules = run["tool"]?["driver"]?["rules"]?.arrayValue ?? []
        #expect(rules.compactMap { $0["id"]?.stringValue } == SARIFReport.Kind.allCases.map(\.rawValue))
        let results = run["results"]?.arrayValue ?? []
        #expect(results.count == Self.findings.count)
        for result in results {
            let index = try #require(result["ruleIndex"]?.numberValue.map(Int.init))
            #expect(rules[index]["id"] == result["ruleId"])
            let physical = result["locations"]?.arrayValue?.first?["physicalLocation"]
            #expect(physical?["artifactLocation"]?["uri"] == "Recordings/p/a%20b.json")
            #expect(physical?["region"] == ["startLine": 7, "startColumn": 2])
        }
        let text = String(decoding: SARIFReport.bytes(Self.findings, toolVersion: "9.9") { _ in SourceLocation(line: 1, column: 1) }, as: UTF8.self)
        for secret in ["sandbox-token-123456", "myPassword", "Zq8kT2mW9pL4vX7n", "0f1e2d3c4b5a"] {
            #expect(!text.contains(secret))
        }
    }
}
