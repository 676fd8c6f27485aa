import Foundation
import StructuredData
import Testing

/// `smscontract report merge`: N shard reports read as one run — the README's CI example, checked.
@Suite struct ReportCommandTests {
    /// Each result as spec → outcome, differences and reason (durations differ between runs).
    static func outcomes(_ report: JSONValue) -> [String] {
        (report["results"]?.arrayValue ?? []).map { result in
            [result["spec"], result["outcome"], result["differences"], result["reason"] ?? .null, result["file"]]
                .map { JSONWriter.string($0 ?? .null) }.joined(separator: " ")
        }
    }

    /// The `smscontract` arguments of the README workflow's line that contains `marker`.
    static func readmeCommand(_ marker: String) throws -> [String] {
        let readme = try String(contentsOfFile: CommandLineBinaryTests.root + "/README.md", encoding: .utf8)
        let line = try #require(readme.split(separator: "\n").first { $0.contains(".build/release/smscontract " + marker) }, "README has no `\(marker)` step")
        let command = line.components(separatedBy: ".build/release/smscontract ").last ?? ""
        return command.replacingOccurrences(of: "${{ matrix.shard }}", with: "SHARD").split(separator: " ").map(String.init)
    }

    /// The README's CI example, run as written: three shards, then the merge job's command.
    @Test func threeShardsMergeIntoTheResultsOfOneRun() throws {
        let scratch = try ReportRepository.mixed()
        defer { scratch.remove() }
        let shardCommand = try Self.readmeCommand("run --shard")
        let mergeCommand = try Self.readmeCommand("report merge")
        #expect(shardCommand == ["run", "--shard", "SHARD/3", "--report", "report-SHARD.json"])
        for index in 1...3 {
            let arguments = shardCommand.map { $0.replacingOccurrences(of: "SHARD", with: "\(index)") }
            let shard = try CommandLineBinaryTests.run(arguments, in: scratch.path, environment: ["CI": "true"])
            #expect(shard.status == 0 || shard.status == 1, Comment(rawValue: shard.stderr))
        }
        let whole = try CommandLineBinaryTests.run(["run", "--report", "whole.json", "--junit", "whole.xml"], in: scratch.path, environment: ["CI": "true"])
        #expect(whole.status == 1)
        let merge = try CommandLineBinaryTests.run(mergeCommand, in: scratch.path)
        #expect(merge.status == 1, Comment(rawValue: merge.stderr))
        #expect(merge.stdout.contains("merged 3 reports, 9 specs: 7 passed, 1 failed, 0 skipped, 1 error"))
        let merged = try JSONParser.parse(try scratch.read("report.json"))
        let single = try JSONParser.parse(try scratch.read("whole.json"))
        #expect(Self.outcomes(merged) == Self.outcomes(single))
        #expect(merged["summary"] == single["summary"])
        #expect(merged["coverage"] == single["coverage"])
        #expect(merged["target"] == "fake")
        let strip = { (xml: String) in xml.replacingOccurrences(of: #" time="[0-9.]+""#, with: "", options: .regularExpression) }
        #expect(strip(try scratch.read("junit.xml")) == strip(try scratch.read("whole.xml")))
        #expect(try scratch.read("report.html").contains("SMSContract: fake"))
    }

    @Test func overlappingOrBrokenReportsAreRefused() throws {
        let scratch = try ReportRepository.mixed()
        defer { scratch.remove() }
        _ = try CommandLineBinaryTests.run(["run", "--record", "never", "--report", "a.json"], in: scratch.path)
        let overlap = try CommandLineBinaryTests.run(["report", "merge", "a.json", "a.json", "-o", "m.json"], in: scratch.path)
        #expect(overlap.status == 2)
        #expect(overlap.stderr.contains("is in both a.json and a.json"))
        try scratch.write("broken.json", "{\"results\": [{\"spec\": 1}]}")
        let broken = try CommandLineBinaryTests.run(["report", "merge", "broken.json", "-o", "m.json"], in: scratch.path)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("broken.json: $.results[0].outcome: expected a string"))
        let noOutput = try CommandLineBinaryTests.run(["report", "merge", "a.json"], in: scratch.path)
        #expect(noOutput.status == 2)
        #expect(noOutput.stderr.contains("-o OUT is required"))
        let unknown = try CommandLineBinaryTests.run(["report", "combine"], in: scratch.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown report command \"combine\"; expected merge"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/m.json"))
        let missing = try CommandLineBinaryTests.run(["report", "merge", "gone.json", "-o", "m.json"], in: scratch.path)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("error: gone.json: cannot read the report (missing, or not readable)"))
    }

    /// A report whose duration cannot be a spec's is refused where it is wrong, instead of trapping when
    /// the JUnit XML counts its milliseconds; one report of one spec is counted in the singular.
    @Test func aHugeDurationIsRefusedAndOneReportReadsInTheSingular() throws {
        let scratch = try ScratchRepository("report-merge")
        defer { scratch.remove() }
        try scratch.write("huge.json", #"{"results": [{"spec": "a/b", "provider": "a", "outcome": "passed", "duration_ms": 1e300}]}"#)
        let huge = try CommandLineBinaryTests.run(["report", "merge", "huge.json", "-o", "m.json", "--junit", "m.xml"], in: scratch.path)
        #expect(huge.status == 2, Comment(rawValue: huge.stderr))
        #expect(huge.stderr.contains("huge.json: $.results[0].duration_ms: expected milliseconds from 0 to 31536000000"))
        try scratch.write("one.json", #"{"results": [{"spec": "a/b", "provider": "a", "outcome": "passed", "duration_ms": 3}]}"#)
        let one = try CommandLineBinaryTests.run(["report", "merge", "one.json", "-o", "m.json", "--junit", "m.xml"], in: scratch.path)
        #expect(one.status == 0, Comment(rawValue: one.stderr))
        #expect(one.stdout.contains("merged 1 report, 1 spec: 1 passed, 0 failed, 0 skipped, 0 errors"), Comment(rawValue: one.stdout))
    }
}

/// Scratch repositories for the report tests: real specs and cassettes, one failing and one erroring.
enum ReportRepository {
    static func mixed() throws -> ScratchRepository {
        let scratch = try RunReportsBinaryTests.mixedRepository()
        for name in ["send-basic-example", "origin-empty", "destination-empty", "message-empty", "xml-empty", "request-empty"] {
            try scratch.copySpec("iovox/\(name).json")
        }
        try FileManager.default.copyItem(atPath: CommandLineBinaryTests.root + "/Coverage", toPath: scratch.path + "/Coverage")
        return scratch
    }
}
