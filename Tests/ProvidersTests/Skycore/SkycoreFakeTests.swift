import Providers
import StructuredData
import Testing
import Wire

@Suite struct SkycoreFakeTests {
    let client = SkycoreTestClient()

    @Test func exampleOneGetsTheDocumentedSuccessBodyInTheDocumentedKeyOrder() throws {
        let (response, body) = try client.send(SkycoreTestClient.example1)
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(body.objectValue?.keys == ["status", "tracking-id", "to", "from", "status-details"])
        #expect(body["status"] == "Success")
        #expect(body["to"] == "+10000000001")
        #expect(body["from"] == "00000")
        #expect(body["status-details"] == "SMS request accepted and queued for delivery")
        let trackingID = try #require(body["tracking-id"]?.stringValue)
        #expect(trackingID.count == 12 && trackingID.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
        let entry = try #require(client.outbox.first)
        #expect(entry["provider"] == "skycore")
        #expect(entry["to"] == "+10000000001")
        #expect(entry["text"] == "This message is sent for testing purposes only.")
        #expect(entry["parts"] == 1)
        #expect(entry["encoding"] == "gsm7")
        #expect(entry["tracking_id"]?.stringValue == trackingID)
        #expect(entry["from_mask"] == .null)
        #expect(entry["campaign_ref"] == .null)
        #expect(entry["click_tracking"] == false)
        #expect(entry["sender_type"] == "shortcode")
    }

    @Test func exampleTwoSendsOnACampaignCheckedAccount() throws {
        try client.configure(["enforce_campaign_check": true, "campaigns": ["campaign2345": ["+10000000001"]]])
        let body = SkycoreTestClient.example1([
            "message-text": "Visit https://www.fakeurl.com/ for more info.", "from-mask": "Dunder Mifflin", "campaign-ref": "campaign2345",
            "click-tracking": true,
        ])
        let (_, answer) = try client.send(body)
        #expect(answer["status"] == "Success")
        let entry = try #require(client.outbox.first)
        #expect(entry["text"] == "Visit https://sky.example/000001 for more info.")
        #expect(entry["from_mask"] == .null) // "Not supported in the USA": dropped for +10000000001.
        #expect(entry["from_mask_dropped"] == "Dunder Miff")
        #expect(entry["campaign_ref"] == "campaign2345")
        #expect(entry["click_tracking"] == true)
        #expect(entry["original_text"] == "Visit https://www.fakeurl.com/ for more info.")
    }

    @Test func aFailureHasTheDocumentedKeysInOrderAndEchoesToWithoutPlus() throws {
        let (response, body) = try client.send(SkycoreTestClient.example1(["from": "DunderMiff"]))
        #expect(response.status == 200)
        #expect(body.objectValue?.keys == ["status", "error-code", "error-info", "to"])
        #expect(response.bodyText == #"{"status":"Failure","error-code":"E111","error-info":"Invalid Sender.","to":"10000000001"}"#)
        #expect(client.outbox.isEmpty)
    }

    /// Every code a request or account setting can cause, with the text the fake answers it with.
    @Test(arguments: [
        (JSONValue.null, SkycoreTestClient.example1(["action": "sendmms"]), "E101", "Invalid Action."),
        (.null, SkycoreTestClient.example1(["click-tracking": "yes"]), "E100",
         "Invalid request. Please make a valid JSON POST request with all the required variables."),
        (["state": "blocked"], SkycoreTestClient.example1, "E103", "API Access Blocked For This Account."),
        (["state": "no_api_rights"], SkycoreTestClient.example1, "E105", "No API Rights."),
        (["can_send_sms": false], SkycoreTestClient.example1, "E107", "No Rights For This Action."),
        (["state": "not_activated"], SkycoreTestClient.example1, "E109", "API Not Activated."),
        (.null, SkycoreTestClient.example1(["to": "0014155550123"]), "E110", "Invalid Receiver Number."),
        (.null, SkycoreTestClient.example1(["from": "Acme"]), "E111", "Invalid Sender."),
        (["ip_whitelist": ["192.0.2.10"]], SkycoreTestClient.example1, "E112", "IP Not Whitelisted."),
        (["blacklist": ["10000000001"]], SkycoreTestClient.example1, "E114", "Number Blacklisted."),
        (.null, SkycoreTestClient.example1(["to": .null]), "E201", "Receiver Number Required."),
        (.null, SkycoreTestClient.example1(["message-text": .null]), "E712", "Message Text Required."),
        (["billing_ok": false], SkycoreTestClient.example1, "E713", "Billing Problem On The Account."),
        (["enforce_campaign_check": true], SkycoreTestClient.example1, "E714", "Missing Or Invalid Campaign."),
        (["enforce_campaign_check": true, "campaigns": ["c1": []]], SkycoreTestClient.example1(["campaign-ref": "c1"]), "E715",
         "Number Not Subscribed To This Campaign."),
    ] as [(JSONValue, JSONObject, String, String)])
    func eachRefusalHasItsCodeAndText(account: JSONValue, body: JSONObject, code: String, info: String) throws {
        if !account.isNull { try client.configure(account) }
        let (response, answer) = try client.send(body)
        #expect(response.status == 200)
        #expect(answer["status"] == "Failure")
        #expect(answer["error-code"]?.stringValue == code)
        #expect(answer["error-info"]?.stringValue == info)
        #expect(client.outbox.isEmpty)
    }

    @Test(arguments: [
        (nil, "API Key Required.", "E102"), ("", "API Key Required.", "E102"), ("wrong-key", "Authentication Failed. Invalid API Key.", "E104"),
        ("TEST-API-KEY", "Authentication Failed. Invalid API Key.", "E104"),
    ] as [(String?, String, String)])
    func theKeyIsRequiredAndCaseSensitive(key: String?, info: String, code: String) throws {
        let (_, answer) = try client.send(SkycoreTestClient.example1, key: key)
        #expect(answer["error-code"]?.stringValue == code)
        #expect(answer["error-info"]?.stringValue == info)
        #expect(answer["to"] == "10000000001")
    }

    @Test(arguments: [
        ("", "application/json", "E100"), ("[1]", "application/json", "E100"), ("\"sendsms\"", "application/json", "E100"),
        ("action=sendsms", "application/x-www-form-urlencoded", "E100"), (#"{"action": "sendsms", "#, "application/json", "E108"),
        (#"{"action": "sendsms", "#, nil, "E108"), ("not json", "application/json; charset=utf-8", "E108"),
    ] as [(String, String?, String)])
    func aBodyThatIsNotAJSONObjectIsE100AndUnparsableJSONIsE108(text: String, contentType: String?, code: String) throws {
        let (_, answer) = try client.send(text: text, contentType: contentType)
        #expect(answer["error-code"]?.stringValue == code)
        #expect(answer["to"] == nil)
    }

    @Test func aBodyWithoutContentTypeIsReadAsJSON() throws {
        let (_, answer) = try client.send(text: JSONWriter.string(.object(SkycoreTestClient.example1)), contentType: nil)
        #expect(answer["status"] == "Success")
    }

    @Test(arguments: [
        // (account, key, body, expected): the earlier check wins.
        (JSONValue.null, "wrong", "not json", "E104"),
        (["state": "blocked"], SkycoreTestClient.key, "not json", "E103"),
        (.null, SkycoreTestClient.key, #"{"action": "other"}"#, "E101"),
        (["can_send_sms": false], SkycoreTestClient.key, #"{"action": "sendsms"}"#, "E107"),
        (.null, SkycoreTestClient.key, #"{"action": "sendsms", "from": "Acme"}"#, "E712"),
        (.null, SkycoreTestClient.key, #"{"action": "sendsms", "message-text": "Hi", "from": "Acme"}"#, "E201"),
        (.null, SkycoreTestClient.key, #"{"action": "sendsms", "message-text": "Hi", "to": "x", "from": "Acme"}"#, "E110"),
        (["blacklist": ["+10000000001"], "billing_ok": false], SkycoreTestClient.key,
         #"{"action": "sendsms", "message-text": "Hi", "to": "+10000000001", "from": "00000"}"#, "E114"),
        (["enforce_campaign_check": true, "billing_ok": false], SkycoreTestClient.key,
         #"{"action": "sendsms", "message-text": "Hi", "to": "+10000000001", "from": "00000"}"#, "E714"),
    ] as [(JSONValue, String, String, String)])
    func checksRunInTheDocumentedOrder(account: JSONValue, key: String, body: String, code: String) throws {
        if !account.isNull { try client.configure(account) }
        let (_, answer) = try client.send(text: body, key: key)
        #expect(answer["error-code"]?.stringValue == code)
    }

    @Test func otherPathsAndMethodsAreRefusedInTheFailureShape() throws {
        let (wrongPath, pathBody) = try client.send(text: JSONWriter.string(.object(SkycoreTestClient.example1)), path: "/sendsms")
        #expect(wrongPath.status == 404)
        #expect(pathBody["error-code"] == "E100")
        let (get, getBody) = try client.send(text: "", method: "GET")
        #expect(get.status == 405)
        #expect(get.headers["Allow"] == "POST")
        #expect(getBody["error-code"] == "E100")
    }

    @Test(arguments: ["sendsms", "SendSMS", "SENDSMS", "sendSms"])
    func actionIsCaseInsensitive(action: String) throws {
        #expect(try client.outcome(SkycoreTestClient.example1(["action": .string(action)])) == "Success")
    }

    @Test func theSuccessEchoesToAndFromAsSent() throws {
        let (_, answer) = try client.send(SkycoreTestClient.example1(["to": "10000000001", "from": "+18005550100"]))
        #expect(answer["to"] == "10000000001")
        #expect(answer["from"] == "+18005550100")
        #expect(client.outbox.first?["to"] == "+10000000001")
        #expect(client.outbox.first?["sender_type"] == "toll_free")
    }

    @Test func resetRestoresTheDefaultAccount() throws {
        try client.configure(["state": "blocked"])
        #expect(try client.outcome(SkycoreTestClient.example1) == "E103")
        client.fake.reset()
        #expect(try client.outcome(SkycoreTestClient.example1) == "Success")
    }
}
