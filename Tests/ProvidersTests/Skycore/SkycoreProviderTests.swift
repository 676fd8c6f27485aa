import Providers
import Testing
import StructuredData

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

    /// A body over 1 MiB is answered before it is read, as a Skycore Failure.
    @Test func aTooLargeBodyIsAnsweredAsASkycoreFailure() throws {
        #expect(SkycoreProvider.descriptor.maxRequestBodyBytes == 1 << 20)
        let response = try #require(SkycoreProvider.descriptor.contentTooLargeResponse?(SkycoreProvider.maxRequestBytes))
        #expect(response.status == 200)
        let body = try JSONParser.parse(response.body)
        #expect(body["status"] == "Failure" && body["error-code"] == "E100")
    }
}
