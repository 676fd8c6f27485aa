import Providers
import StructuredData
import Testing

@Suite struct IovoxProviderTests {
    @Test func theDescriptorFollowsTheContract() throws {
        let descriptor = try #require(ProviderRegistry.descriptor(for: "iovox"))
        #expect(descriptor.seedFile == "004_97ae9617cd4c86b2.txt")
        #expect(descriptor.urlEnvironmentVariable == "SMSCONTRACT_IOVOX_URL")
        #expect(descriptor.credentials.map(\.name) == ["username", "secure_key"])
        #expect(descriptor.credentials.map(\.environmentVariable) == ["SMSCONTRACT_IOVOX_USERNAME", "SMSCONTRACT_IOVOX_SECURE_KEY"])
        #expect(descriptor.credentials.map(\.fakeValue) == ["test", "test-secure-key"])
        #expect(ProviderRegistry.builtIn.ids.contains("iovox"))
    }

    @Test func theActivityIDInTheResponsesMappingIsVolatileAndNothingElse() throws {
        let patterns = try IovoxProvider.descriptor.volatileBodyPaths.map { try JSONPathPattern(parsing: $0) }
        let activityID = JSONPath.root.appending("response").appending("sms_activity_id")
        let errorText = JSONPath.root.appending("errors").appending("error").appending("#text")
        #expect(patterns.contains { $0.matches(activityID) })
        #expect(!patterns.contains { $0.matches(errorText) })
    }
}
