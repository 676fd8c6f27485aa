import ContractHarness
import StructuredData
import Testing

@Suite struct ReportMergeTests {
    static func report(_ file: String, _ specs: [String], target: String = "fake", coverage: JSONValue? = nil) -> LoadedReport {
        LoadedReport(file: file, target: target, results: specs.map { SpecResult(spec: $0, provider: "p", sourcePath: "Specs/\($0).json", outcome: .passed) },
                     coverage: coverage)
    }

    @Test func resultsComeOutInSpecFileOrder() throws {
        let merged = try ReportMerge.merge([Self.report("a", ["p/c", "p/a"]), Self.report("b", ["p/b"], coverage: ["total": 3]), Self.report("c", [])])
        #expect(merged.results.map(\.spec) == ["p/a", "p/b", "p/c"])
        #expect(merged.target == "fake")
        #expect(merged.coverage == ["total": 3])
    }

    @Test func differentTargetsAreJoined() throws {
        #expect(try ReportMerge.merge([Self.report("a", ["p/a"]), Self.report("b", ["p/b"], target: "live")]).target == "fake+live")
    }

    @Test func aSpecInTwoReportsIsRefused() {
        #expect(throws: ReportMerge.Overlap(spec: "p/a", files: ["a", "b"])) {
            try ReportMerge.merge([Self.report("a", ["p/a"]), Self.report("b", ["p/b", "p/a"])])
        }
    }
}
