import Providers
import StructuredData
import Testing

@Suite struct RoxProviderTests {
    @Test func theDescriptorFollowsTheContract() throws {
        let rox = try #require(ProviderRegistry.descriptor(for: "rox"))
        #expect(ProviderRegistry.builtIn.ids.contains("rox"))
        #expect(rox.seedFile == "000_f1f765534d2c313c.txt")
        #expect(rox.transport == .http)
        #expect(rox.urlEnvironmentVariable == "SMSCONTRACT_ROX_URL")
        #expect(rox.credentials.map(\.name) == ["account_id", "username", "password"])
        #expect(rox.credentials.map(\.environmentVariable) == ["SMSCONTRACT_ROX_ACCOUNT_ID", "SMSCONTRACT_ROX_USERNAME", "SMSCONTRACT_ROX_PASSWORD"])
        #expect(rox.credentials.map(\.fakeValue) == ["CI00000001", "user@your_domain.com", "myPassword"])
    }

    @Test(arguments: ["$.Messages.RequestId", "$.Messages[\"1\"].SMSId", "$.Messages[\"500\"].Timestamp"])
    func perCallValuesAreVolatile(path: String) throws {
        let rox = try #require(ProviderRegistry.descriptor(for: "rox"))
        let concrete = try JSONPath(parsing: path)
        let patterns = try rox.volatileBodyPaths.map { try JSONPathPattern(parsing: $0) }
        #expect(patterns.contains { $0.matches(concrete) })
    }

    @Test func messageContentIsNotVolatile() throws {
        let rox = try #require(ProviderRegistry.descriptor(for: "rox"))
        let patterns = try rox.volatileBodyPaths.map { try JSONPathPattern(parsing: $0) }
        for text in ["$.Messages[\"1\"].DestTn", "$.Messages[\"1\"].Result", "$.Result", "$.Messages.Count"] {
            let path = try JSONPath(parsing: text)
            #expect(!patterns.contains { $0.matches(path) }, "\(text)")
        }
    }
}

