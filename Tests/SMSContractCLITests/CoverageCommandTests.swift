import Foundation
import StructuredData
import Testing

/// `smscontract coverage` over the repository's own `Coverage/` data, and over broken data.
@Suite struct CoverageCommandTests {
    @Test func everyDocumentIsFullyCovered() throws {
        // The project's own documents and specs, on purpose: this is the 100% target of issue 14.
        let result = try CommandLineBinaryTests.run(["coverage", "--min", "100"], in: CommandLineBinaryTests.root)
        #expect(result.status == 0, Comment(rawValue: result.stdout + result.stderr))
        for provider in ["rox", "rox-email", "skycore", "lox24", "iovox"] {
            #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("\(provider) (") && $0.hasSuffix("(100.0%)") },
                    "\(provider) is not at 100%")
        }
        #expect(!result.stdout.contains("uncovered"))
        #expect(result.stderr.isEmpty, Comment(rawValue: result.stderr))
    }

    @Test func uncoveredItemsAreListedAndMinFails() throws {
        let scratch = try ScratchRepository("coverage")
        defer { scratch.remove() }
        try scratch.copySpec("lox24/get-by-uuid.json")
        try scratch.write("Coverage/lox24.json", """
        {"provider": "lox24", "seed": "003_d449210a1a403a84.txt", "items": [
          {"id": "resource", "kind": "format", "text": "the resource", "sections": ["Sms resource created"]},
          {"id": "phone-pattern", "kind": "field", "text": "phone pattern", "sections": ["phone /^"]},
          {"id": "listed", "kind": "error", "text": "listed by id", "specs": ["lox24/get-by-uuid"]}
        ]}
        """)
        let result = try CommandLineBinaryTests.run(["coverage", "--provider", "lox24", "--min", "70", "--json", "c.json"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout.contains("lox24 (003_d449210a1a403a84.txt): 2/3 documented items covered (66.6%)"))
        #expect(result.stdout.contains("  uncovered lox24/phone-pattern [field]: phone pattern"))
        #expect(result.stderr.contains("lox24: 66.6% is below --min 70.0%"))
        let json = try JSONParser.parse(try scratch.read("c.json"))
        #expect(json["covered"] == 2 && json["total"] == 3)
        #expect(json["providers"]?.arrayValue?.first?["items"]?.arrayValue?.last?["specs"] == ["lox24/get-by-uuid"])
        let enough = try CommandLineBinaryTests.run(["coverage", "--provider", "lox24", "--min", "60"], in: scratch.path)
        #expect(enough.status == 0)
        let missing = try CommandLineBinaryTests.run(["coverage", "--min", "60"], in: scratch.path)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("rox: no document items (Coverage/rox.json); its coverage is unknown"))
    }

    @Test func brokenDataIsReportedWithFileLineAndField() throws {
        let scratch = try ScratchRepository("coverage-broken")
        defer { scratch.remove() }
        try scratch.copySpec("lox24/get-by-uuid.json")
        try scratch.write("Coverage/lox24.json", """
        {"provider": "lox24", "seed": "000_f1f765534d2c313c.txt", "items": [
          {"id": "a", "kind": "rule", "text": "x", "sections": ["y"]},
          {"id": "b", "kind": "field", "text": "x", "specs": ["lox24/gone"]}
        ]}
        """)
        let result = try CommandLineBinaryTests.run(["coverage"], in: scratch.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Coverage/lox24.json:1:31: $.seed: lox24's document is 003_d449210a1a403a84.txt, not 000_f1f765534d2c313c.txt"))
        #expect(result.stderr.contains("Coverage/lox24.json:2:23: $.items[0].kind: \"rule\" is not one of field, error, result-code, format"))
        try scratch.write("Coverage/lox24.json", """
        {"provider": "lox24", "seed": "003_d449210a1a403a84.txt", "items": [{"id": "b", "kind": "field", "text": "x", "specs": ["lox24/gone"]}]}
        """)
        let unknown = try CommandLineBinaryTests.run(["coverage"], in: scratch.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("lox24: item b names spec lox24/gone, which does not exist"))
        let usage = try CommandLineBinaryTests.run(["coverage", "--min", "120"], in: scratch.path)
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--min must be a percentage from 0 to 100"))
    }

    @Test func theJSONAndHTMLReportsCarryTheCoverage() throws {
        let scratch = try ScratchRepository("coverage-report")
        defer { scratch.remove() }
        // One spec runs; coverage is counted over the project's Specs/ and Coverage/.
        let result = try CommandLineBinaryTests.run(["run", "--record", "never", "--spec", "Specs/skycore/from-mask-usa.json", "--report", scratch.path + "/r.json", "--html", scratch.path + "/r.html"],
                                                    in: CommandLineBinaryTests.root)
        #expect(result.status == 0, Comment(rawValue: result.stdout + result.stderr))
        let report = try JSONParser.parse(try scratch.read("r.json"))
        #expect(report["coverage"]?["providers"]?.arrayValue?.count == 5)
        #expect(report["coverage"]?["covered"] == report["coverage"]?["total"])
        let page = try scratch.read("r.html")
        #expect(page.contains("<h2 id=\"coverage\">Document coverage: "))
        #expect(page.contains("<a href=\"#skycore/from-mask-usa\">skycore/from-mask-usa</a>"))
    }
}
