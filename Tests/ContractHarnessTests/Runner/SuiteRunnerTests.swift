import ContractHarness
import Foundation
import Testing

@Suite struct SuiteRunnerTests {
    /// Changing one expected value fails exactly that spec, with a message naming the JSON path.
    @Test func oneChangedSpecFailsAloneAmongAllOthers() throws {
        let scratch = try RepositoryFixture.copyOfRepository()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try RepositoryFixture.edit("\(scratch)/Specs/lox24/phone-00-prefix.json", replacing: "\"iso2\": \"DE\"", with: "\"iso2\": \"AT\"")
        let (specs, problems) = SpecCatalog.loadAll(SpecCatalog.files(in: scratch + "/Specs"))
        #expect(problems.isEmpty)
        let suite = SuiteRunner(runner: SpecRunner(target: FakeTarget(), recordMode: .never, cassettes: CassetteStore(root: scratch + "/Recordings")))
        let results = suite.run(specs)
        #expect(results.map(\.spec) == specs.map(\.id))
        let failed = results.filter { $0.outcome != .passed }
        #expect(failed.map(\.spec) == ["lox24/phone-00-prefix"])
        #expect(failed.first?.differences.map(\.path) == ["send/body/$.iso2"])
    }
}
