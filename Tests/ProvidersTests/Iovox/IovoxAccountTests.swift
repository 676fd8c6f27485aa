@testable import Providers
import StructuredData
import Testing

@Suite struct IovoxAccountTests {
    @Test func theDefaultAccountIsTheDesignsCredentials() {
        #expect(IovoxAccount.default.json == ["username": "test", "secure_key": "test-secure-key"])
    }

    @Test(arguments: [
        ("test", "test-secure-key", true), ("test", "other", false), (nil, "test-secure-key", false), ("test", nil, false), ("Test", "test-secure-key", false),
    ] as [(String?, String?, Bool)])
    func bothHeadersMustMatch(username: String?, secureKey: String?, authenticates: Bool) {
        #expect(IovoxAccount.default.authenticates(username: username, secureKey: secureKey) == authenticates)
    }

    @Test func aDescriptionNamesBothCredentials() throws {
        let account = try IovoxAccount(description: ["username": "second", "secure_key": "second-key"])
        #expect(account == IovoxAccount(username: "second", secureKey: "second-key"))
        #expect(throws: ControlAPIError.self) { try IovoxAccount(description: ["username": "", "secure_key": "k"]) }
    }
}
