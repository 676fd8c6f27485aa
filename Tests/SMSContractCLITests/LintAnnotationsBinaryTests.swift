import Foundation
import Testing

/// `lint` on GitHub Actions: each problem as `::error file=…,line=…,col=…`, and a step summary.
@Suite struct LintAnnotationsBinaryTests {
    @Test func problemsBecomeAnnotationsWithFileLineAndColumn() throws {
        let scratch = try ScratchRepository("lint-annotations")
        defer { scratch.remove() }
        try scratch.write("Specs/x.json", "{\n  \"id\": \"lox24/x\",\n  \"provider\": \"lox24\",\n  \"live\": \"maybe\"\n}\n")
        let result = try CommandLineBinaryTests.run(["lint"], in: scratch.path, environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": scratch.path + "/summary.md"])
        #expect(result.status == 2)
        let annotations = result.stdout.split(separator: "\n").filter { $0.hasPrefix("::error ") }
        #expect(annotations.contains { $0.hasPrefix("::error file=Specs/x.json,line=4,col=11,title=spec problem%3A $.live::\"maybe\" is not one of safe, sends, never") })
        #expect(annotations.count == result.stderr.split(separator: "\n").filter { $0.hasPrefix("Specs/x.json") }.count)
        let summary = try scratch.read("summary.md")
        #expect(summary.contains("## SMSContract lint: ❌ 1 spec file, 1 with problems"))
        #expect(summary.contains("| `Specs/x.json:4:11` | `$.live` |"))
        let clean = try CommandLineBinaryTests.run(["lint"], environment: ["GITHUB_ACTIONS": "true"])
        #expect(clean.status == 0)
        #expect(!clean.stdout.contains("::error"))
    }
}
