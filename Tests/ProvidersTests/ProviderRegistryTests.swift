import Providers
import StructuredData
import Testing

@Suite struct ProviderRegistryTests {
    static let acme = ProviderDescriptor(
        id: "acme", name: "Acme SMS", seedFile: "acme.txt", transport: .http,
        credentials: [CredentialDescriptor(name: "key", environmentVariable: "SMSCONTRACT_ACME_KEY", fakeValue: "acme-key")],
        makeFake: { .http(LOX24Fake(environment: $0)) })

    @Test func theBuiltInProvidersAreTheFive() {
        #expect(Set(ProviderRegistry.builtIn.ids) == ["rox", "rox-email", "skycore", "lox24", "iovox"])
    }

    @Test(arguments: ProviderRegistry.builtIn.providers)
    func eachProviderIsFoundByItsId(provider: ProviderDescriptor) {
        #expect(ProviderRegistry.builtIn.descriptor(for: provider.id)?.name == provider.name)
    }

    @Test(arguments: ["nobody", "", "LOX24", "lox24 "])
    func anUnknownIdIsNotFound(id: String) {
        #expect(ProviderRegistry.builtIn.descriptor(for: id) == nil)
    }

    @Test func aProviderOfOnesOwnIsAddedBesideTheBuiltIn() throws {
        let registry = ProviderRegistry.builtIn.adding(Self.acme)
        #expect(Set(registry.ids) == Set(ProviderRegistry.builtIn.ids + ["acme"]))
        #expect(try #require(registry.descriptor(for: "acme")).name == "Acme SMS")
        #expect(ProviderRegistry.builtIn.descriptor(for: "acme") == nil)
    }

    @Test func aDescriptorWithAKnownIdReplacesTheEarlierOne() throws {
        let replacement = ProviderDescriptor(id: "lox24", name: "LOX24 (patched)", seedFile: "x.txt", transport: .http, credentials: [],
                                             makeFake: { .http(LOX24Fake(environment: $0)) })
        let registry = ProviderRegistry.builtIn.adding(replacement)
        #expect(registry.providers.count == ProviderRegistry.builtIn.providers.count)
        #expect(try #require(registry.descriptor(for: "lox24")).name == "LOX24 (patched)")
    }

    @Test(arguments: ProviderRegistry.builtIn.providers)
    func volatilePathsAreValidPatterns(provider: ProviderDescriptor) throws {
        for path in provider.volatileBodyPaths {
            #expect(throws: Never.self, "\(path)") { try JSONPathPattern(parsing: path) }
        }
    }

    @Test(arguments: ProviderRegistry.builtIn.providers)
    func secretShapesAreRegularExpressions(provider: ProviderDescriptor) {
        for shape in provider.secretLocations.shapes { #expect(shape.isValid, "\(shape.pattern)") }
    }

    @Test(arguments: ProviderRegistry.builtIn.providers)
    func theFakeSpeaksTheTransportTheDescriptorNames(provider: ProviderDescriptor) {
        #expect(provider.makeFake(FakeEnvironment()).transport == provider.transport)
    }

    @Test func environmentVariablesFollowTheContract() throws {
        let lox24 = try #require(ProviderRegistry.builtIn.descriptor(for: "lox24"))
        #expect(lox24.urlEnvironmentVariable == "SMSCONTRACT_LOX24_URL")
        #expect(lox24.credentials.map(\.environmentVariable) == ["SMSCONTRACT_LOX24_TOKEN"])
    }
}
