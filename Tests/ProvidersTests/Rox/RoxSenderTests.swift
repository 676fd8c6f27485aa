@testable import Providers
import StructuredData
import Testing

@Suite struct RoxSenderTests {
    static let accounts: [String: RoxAccount] = {
        var disabled = RoxAccount.default
        disabled.accountID = "CI00000002"
        disabled.state = .disabled
        return [RoxAccount.default.accountID: .default, disabled.accountID: disabled]
    }()

    static let cases: [(String, String, String, RoxResultCode)] = [
        ("CI99999999", "nobody@x.com", "nothing", .unknownAccount),
        ("ci00000001", "user@your_domain.com", "myPassword", .unknownAccount),
        ("CI00000001", "nobody@x.com", "nothing", .unknownUser),
        ("CI00000001", "user@your_domain.com", "mypassword", .wrongPassword),
        ("CI00000002", "user@your_domain.com", "wrong", .wrongPassword),
        ("CI00000002", "user@your_domain.com", "myPassword", .accountDisabled),
    ]

    @Test(arguments: cases)
    func credentialsAreCheckedAccountThenUserThenPasswordThenState(accountID: String, username: String, password: String, code: RoxResultCode) {
        let sender = RoxSender(accountID: accountID, username: username, password: password)
        #expect(throws: RoxRefusal(code)) { try sender.authenticate(in: Self.accounts) }
    }

    @Test func theRightCredentialsOpenTheAccount() throws {
        let sender = RoxSender(accountID: "CI00000001", username: "USER@your_domain.com", password: "myPassword")
        #expect(try sender.authenticate(in: Self.accounts) == .default)
    }

    static let blocks: [(JSONValue?, RoxResultCode)] = [
        (nil, .senderMissing),
        (.null, .senderMissing),
        (["AccountId", "Username"], .senderMissing),
        (["Username": "u", "Password": "p"], .accountIDMissing),
        (["AccountId": "", "Username": "u", "Password": "p"], .accountIDMissing),
        (["AccountId": "a", "Username": .null, "Password": "p"], .usernameMissing),
        (["AccountId": "a", "Username": "u"], .passwordMissing),
        (["AccountId": "a", "Username": "u", "Password": ["p"]], .passwordMissing),
    ]

    @Test(arguments: blocks)
    func incompleteSenderBlocksAreRefused(block: JSONValue?, code: RoxResultCode) {
        #expect(throws: RoxRefusal(code)) { try RoxSender.read(block) }
    }
}
