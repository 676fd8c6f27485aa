import Providers
import Testing

@Suite struct SkycoreProviderTests {
    @Test func theDescriptorFollowsTheContract() throws {
        let descriptor = try #require(ProviderRegistry.descriptor(for: "skycore"))
        #expect(descriptor.name == "Skycore")
        #expect(descriptor.seedFile == "002_8c4a62cb9c375efd.txt")
        #expect(descriptor.urlEnvironmentVariable == "SMSCONTRACT_SKYCORE_URL")
        #expect(descriptor.credentials == [
            CredentialDescriptor(name: "api_key", environmentVariable: "SMSCONTRACT_SKYCORE_API_KEY", fakeValue: "test-api-key"),
        ])
        #expect(descriptor.volatileBodyPaths == [#"$["tracking-id"]"#])
    }
}
