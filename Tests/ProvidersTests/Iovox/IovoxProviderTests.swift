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

    /// A body over 1 MiB is answered before it is read, in iovox's error shape.
    @Test func aTooLargeBodyIsAnsweredAsAnIovoxError() throws {
        #expect(IovoxProvider.descriptor.maxRequestBodyBytes == 1 << 20)
        let response = try #require(IovoxProvider.descriptor.contentTooLargeResponse?(IovoxProvider.maxRequestBytes))
        #expect(response.status == 413)
        #expect(response.headers["Content-Type"] == "text/xml")
        #expect(XMLJSONMapping.json(from: try XMLReader.parse(response.body)) == ["errors": ["error": ["@status": "413", "#text": "Request Entity Too Large"]]])
    }
}
