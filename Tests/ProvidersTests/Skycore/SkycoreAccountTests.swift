@testable import Providers
import StructuredData
import Testing

@Suite struct SkycoreAccountTests {
    @Test func theDefaultAccountIsTheDesignedOne() {
        let account = SkycoreAccount.default
        #expect(account.apiKey == "test-api-key")
        #expect(account.state == .active)
        #expect(!account.enforceCampaignCheck)
        #expect(account.billingOK && account.canSendSMS)
        #expect(account.credits == nil && account.dailyRequestLimit == nil && account.minimumIntervalSeconds == nil)
    }

    @Test func aDescriptionWithoutKeyChangesTheDefaultAccount() throws {
        let client = SkycoreTestClient()
        let shown = try client.configure(["enforce_campaign_check": true, "campaigns": ["campaign2345": ["10000000001", "+447700900123"]]])
        #expect(shown["api_key"] == "test-api-key")
        #expect(shown["campaigns"] == ["campaign2345": ["+10000000001", "+447700900123"]])
        #expect(client.fake.accountsJSON.arrayValue?.count == 1)
    }

    @Test func aNewKeyIsANewActiveAccountAndOthersAreUntouched() throws {
        let client = SkycoreTestClient()
        try client.configure(["api_key": "second-key", "billing_ok": false])
        #expect(try client.outcome(SkycoreTestClient.example1, key: "second-key") == "E713")
        #expect(try client.outcome(SkycoreTestClient.example1) == "Success")
        #expect(client.fake.accountsJSON.arrayValue?.compactMap { $0["api_key"]?.stringValue } == ["second-key", "test-api-key"])
    }

    @Test func givenFieldsReplaceAndNullClears() throws {
        var account = try SkycoreAccount(description: ["credits": 5, "blacklist": ["+10000000001"], "daily_request_limit": 2], existing: nil)
        account = try SkycoreAccount(description: ["credits": .null, "blacklist": []], existing: account)
        #expect(account.credits == nil)
        #expect(account.blacklist.isEmpty)
        #expect(account.dailyRequestLimit == 2)
    }

    /// (description, what the error message must mention).
    static let badDescriptions: [(JSONValue, String)] = [
        (.array([]), "JSON object"),
        (["state": "frozen"], "active, blocked, no_api_rights, not_activated"),
        (["api_key": ""], "api_key"),
        (["api_key": 5], "api_key"),
        (["enforce_campaign_check": "yes"], "enforce_campaign_check"),
        (["campaigns": ["c1": ["+1 415"]]], "\"campaigns\" › \"c1\""),
        (["campaigns": ["c1"]], "campaigns"),
        (["blacklist": ["abc"]], "blacklist"),
        (["credits": -1], "credits"),
        (["min_interval_seconds": "soon"], "min_interval_seconds"),
        (["daily_request_limit": 1.5], "daily_request_limit"),
        (["ip_whitelist": [1]], "ip_whitelist"),
        (["enforce_campaign": true], "unknown field \"enforce_campaign\""),
    ]

    @Test(arguments: badDescriptions)
    func aBadDescriptionIsRefusedNamingTheField(description: JSONValue, mentions: String) {
        let error = #expect(throws: ControlAPIError.self) { try SkycoreAccount(description: description, existing: nil) }
        #expect(error?.message.contains(mentions) == true, "\(error?.message ?? "no error")")
    }

    @Test(arguments: [
        // (enforce, campaigns, campaign-ref, to, expected)
        (false, [:], nil, "+10000000001", "Success"),
        (false, [:], "anything", "+10000000001", "Success"),
        (true, ["campaign2345": ["+10000000001"]], "campaign2345", "+10000000001", "Success"),
        (true, ["campaign2345": ["+10000000001"]], "campaign2345", "10000000001", "Success"),
        (true, ["campaign2345": ["+10000000001"]], nil, "+10000000001", "E714"),
        (true, ["campaign2345": ["+10000000001"]], "", "+10000000001", "E714"),
        (true, ["campaign2345": ["+10000000001"]], "Campaign2345", "+10000000001", "E714"),
        (true, ["campaign2345": ["+10000000001"]], "campaign2345", "+10000000002", "E715"),
        (true, ["campaign2345": ["+10000000001"], "other": ["+10000000002"]], "campaign2345", "+10000000002", "E715"),
    ] as [(Bool, JSONObject, String?, String, String)])
    func campaignRules(enforce: Bool, campaigns: JSONObject, campaignRef: String?, to: String, expected: String) throws {
        let client = SkycoreTestClient()
        try client.configure(["enforce_campaign_check": .bool(enforce), "campaigns": .object(campaigns)])
        var body = SkycoreTestClient.example1(["to": .string(to)])
        if let campaignRef { body["campaign-ref"] = .string(campaignRef) }
        #expect(try client.outcome(body) == expected)
    }

    @Test(arguments: [("127.0.0.1", "Success"), ("10.0.0.7", "E112")])
    func theIPWhitelistIsCheckedAgainstTheClientAddress(address: String, expected: String) throws {
        let client = SkycoreTestClient()
        try client.configure(["ip_whitelist": ["127.0.0.1"]])
        let (_, answer) = try client.send(SkycoreTestClient.example1, from: address)
        #expect((answer["error-code"] ?? answer["status"])?.stringValue == expected)
    }
}
