import Providers
import StructuredData
import Testing

@Suite struct RoxAccountTests {
    let client = RoxClient()

    @Test func theDefaultAccountIsTheSeedsExampleInAustralia() {
        #expect(client.fake.accountsJSON == [[
            "account_id": "CI00000001", "username": "user@your_domain.com", "password": "myPassword", "state": "active", "country": "AU",
        ]])
    }

    @Test func accountsAreAddedChangedAndResetThroughTheControlAPI() throws {
        let added = try client.fake.configureAccount(["account_id": "CI00000002", "username": "two@x.com", "password": "pw2", "country": "gb"])
        #expect(added == ["account_id": "CI00000002", "username": "two@x.com", "password": "pw2", "state": "active", "country": "GB"])
        let changed = try client.fake.configureAccount(["account_id": "CI00000002", "state": "disabled"])
        #expect(changed["username"] == "two@x.com")
        #expect(changed["state"] == "disabled")
        #expect(client.fake.accountsJSON.arrayValue?.count == 2)
        client.fake.reset()
        #expect(client.fake.accountsJSON.arrayValue?.count == 1)
    }

    @Test func anAddedAccountCanSend() throws {
        _ = try client.fake.configureAccount(["account_id": "CI00000002", "username": "two@x.com", "password": "pw2"])
        let body = RoxFixtures.example.setting(["Sender"], to: ["AccountId": "CI00000002", "Username": "two@x.com", "Password": "pw2"])
        #expect(try client.post(body)["Result"] == "0000")
        #expect(client.outbox.first?["from"] == "CI00000002")
    }

    static let badDescriptions: [(JSONValue, String)] = [
        ([], "expected a JSON object"),
        (["username": "a", "password": "b"], "\"account_id\""),
        (["account_id": "CI9"], "\"username\" (string) is required for a new account"),
        (["account_id": "CI9", "username": "a"], "\"password\" (string) is required for a new account"),
        (["account_id": "CI9", "username": "", "password": "b"], "\"username\" must be a non-empty string"),
        (["account_id": "CI9", "username": "a", "password": "b", "state": "asleep"], "\"state\" must be one of active, disabled"),
        (["account_id": "CI9", "username": "a", "password": "b", "country": "XX"], "\"country\""),
    ]

    @Test(arguments: badDescriptions)
    func badDescriptionsAreRefusedNamingTheField(description: JSONValue, message: String) {
        #expect {
            _ = try client.fake.configureAccount(description)
        } throws: { error in
            (error as? ControlAPIError)?.message.contains(message) == true
        }
        #expect(client.fake.accountsJSON.arrayValue?.count == 1)
    }
}
