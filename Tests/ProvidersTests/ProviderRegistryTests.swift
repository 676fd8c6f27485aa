import Providers
import StructuredData
import Testing

@Suite struct ProviderRegistryTests {
    @Test func idsAreUniqueAndFindable() {
        #expect(Set(ProviderRegistry.ids).count == ProviderRegistry.all.count)
        for descriptor in ProviderRegistry.all { #expect(ProviderRegistry.descriptor(for: descriptor.id)?.name == descriptor.name) }
        #expect(ProviderRegistry.descriptor(for: "nobody") == nil)
    }

    @Test(arguments: ProviderRegistry.all.map(\.id))
    func volatilePathsAreValidPatterns(id: String) throws {
        let descriptor = try #require(ProviderRegistry.descriptor(for: id))
        for path in descriptor.volatileBodyPaths {
            #expect(throws: Never.self, "\(path)") { try JSONPathPattern(parsing: path) }
        }
    }

    @Test func environmentVariablesFollowTheContract() throws {
        let lox24 = try #require(ProviderRegistry.descriptor(for: "lox24"))
        #expect(lox24.urlEnvironmentVariable == "SMSCONTRACT_LOX24_URL")
        #expect(lox24.credentials.map(\.environmentVariable) == ["SMSCONTRACT_LOX24_TOKEN"])
    }
}
