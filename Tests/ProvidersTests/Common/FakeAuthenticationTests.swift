import MailFormats
import Providers
import StructuredData
import Testing
import Wire

/// Wrong, missing or another account's credentials never get an SMS accepted by any fake, over its real
/// socket; the right ones do (so the refusals are not an accident of a broken request).
@Suite struct FakeAuthenticationTests {
    /// One way of presenting credentials to an HTTP fake.
    struct Attempt: Sendable, CustomTestStringConvertible {
        let provider: String
        let name: String
        /// Header fields carrying credentials (rox: the `Sender` object's members instead).
        let fields: [(String, JSONValue)]
        var testDescription: String { "\(provider): \(name)" }
    }

    /// A second account on every fake, so credentials can be mixed across accounts.
    static let secondAccount: [String: JSONValue] = [
        "rox": ["account_id": "CI00000002", "username": "ops@other.example", "password": "s3cret"],
        "skycore": ["api_key": "second-api-key"],
        "lox24": ["token": "4444444:otheraccountxxxxxxxxxxxxxxxxxxxxx"],
        "iovox": ["username": "second-account", "secure_key": "second-account-key"],
        "rox-email": ["account_id": "CI00000002", "users": [["email": "ops@other.example", "password": "s3cret"]]],
    ]

    static func attempts(_ provider: String, _ cases: [(String, [(String, JSONValue)])]) -> [Attempt] {
        cases.map { Attempt(provider: provider, name: $0.0, fields: $0.1) }
    }

    static let rox = attempts("rox", [
        ("no Sender", []),
        ("password missing", [("AccountId", "CI00000001"), ("Username", "user@your_domain.com")]),
        ("password empty", [("AccountId", "CI00000001"), ("Username", "user@your_domain.com"), ("Password", "")]),
        ("password wrong", [("AccountId", "CI00000001"), ("Username", "user@your_domain.com"), ("Password", "letmein")]),
        ("password in other case", [("AccountId", "CI00000001"), ("Username", "user@your_domain.com"), ("Password", "MYPASSWORD")]),
        ("password not a string", [("AccountId", "CI00000001"), ("Username", "user@your_domain.com"), ("Password", true)]),
        ("unknown account", [("AccountId", "CI99999999"), ("Username", "user@your_domain.com"), ("Password", "myPassword")]),
        ("account id in other case", [("AccountId", "ci00000001"), ("Username", "user@your_domain.com"), ("Password", "myPassword")]),
        ("first account, second's user", [("AccountId", "CI00000001"), ("Username", "ops@other.example"), ("Password", "s3cret")]),
        ("second account, first's user", [("AccountId", "CI00000002"), ("Username", "user@your_domain.com"), ("Password", "myPassword")]),
        ("first's user, second's password", [("AccountId", "CI00000001"), ("Username", "user@your_domain.com"), ("Password", "s3cret")]),
    ])

    static let skycore = attempts("skycore", [
        ("key missing", []),
        ("key empty", [("x-api-key", "")]),
        ("key wrong", [("x-api-key", "wrong-api-key")]),
        ("key in other case", [("x-api-key", "TEST-API-KEY")]),
        ("key truncated", [("x-api-key", "test-api-ke")]),
        ("key extended", [("x-api-key", "test-api-key-revoked")]),
        ("key in another header", [("Authorization", "test-api-key")]),
        ("wrong key before the right one", [("x-api-key", "wrong-api-key"), ("x-api-key", "test-api-key")]),
    ])

    static let lox24 = attempts("lox24", [
        ("token missing", []),
        ("token empty", [("X-LOX24-AUTH-TOKEN", "")]),
        ("token wrong", [("X-LOX24-AUTH-TOKEN", "1234567:00000000000000000000000000000000")]),
        ("client id only", [("X-LOX24-AUTH-TOKEN", "1234567")]),
        ("token in other case", [("X-LOX24-AUTH-TOKEN", "1234567:E3F3A759B6677959B6EBFCXXXXXXXXXX")]),
        ("token as a bearer", [("Authorization", "Bearer 1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx")]),
        ("wrong token before the right one", [("X-LOX24-AUTH-TOKEN", "1:x"), ("X-LOX24-AUTH-TOKEN", "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx")]),
    ])

    static let iovox = attempts("iovox", [
        ("both missing", []),
        ("key missing", [("username", "test")]),
        ("username missing", [("secureKey", "test-secure-key")]),
        ("key empty", [("username", "test"), ("secureKey", "")]),
        ("key wrong", [("username", "test"), ("secureKey", "guess")]),
        ("key in other case", [("username", "test"), ("secureKey", "TEST-SECURE-KEY")]),
        ("first's username, second's key", [("username", "test"), ("secureKey", "second-account-key")]),
        ("second's username, first's key", [("username", "second-account"), ("secureKey", "test-secure-key")]),
    ])

    /// Starts the provider's fake on loopback with its second account added through the control API.
    private func startFake(_ provider: String) throws -> FakeServer {
        let server = FakeServer(descriptor: try #require(ProviderRegistry.descriptor(for: provider)))
        try server.start()
        let account = try #require(Self.secondAccount[provider])
        let added = try HTTPClient(url: server.baseURL).send(HTTPRequest(
            method: "POST", target: "/__fake/accounts", headers: ["Content-Type": "application/json"], body: JSONWriter.bytes(account)))
        #expect(added.status == 200, "\(added.bodyText)")
        return server
    }

    /// The provider's send request carrying `fields` as its credentials.
    private func sendRequest(_ attempt: Attempt) -> HTTPRequest {
        var headers: HTTPHeaders = [:]
        for (name, value) in attempt.fields where attempt.provider != "rox" { headers.add(name: name, value: value.stringValue ?? "") }
        switch attempt.provider {
        case "rox":
            var body: JSONObject = [
                "Name": "ROX_API_Request", "Version": "1.1", "Product": "Test",
                "Messages": ["ReceiptFlag": 1, "ReceiptCallbackURL": "http://example.test/receipt", "ReplyType": "H",
                             "ReplyCallbackURL": "http://example.test/reply", "TimeZoneOffset": -600, "Count": 1,
                             "1": ["DestTn": "+61411222333", "SMSText": "hello"]],
            ]
            if !attempt.fields.isEmpty { body["Sender"] = .object(JSONObject(attempt.fields.map { ($0.0, $0.1) })) }
            headers["Content-Type"] = "application/json"
            return HTTPRequest(method: "POST", target: "/smsapi/send", headers: headers, body: JSONWriter.bytes(.object(body)))
        case "skycore":
            headers["Content-Type"] = "application/json"
            let body: JSONValue = ["action": "sendsms", "message-text": "hello", "to": "+10000000001", "from": "00000"]
            return HTTPRequest(method: "POST", target: "/", headers: headers, body: JSONWriter.bytes(body))
        case "lox24":
            headers["Content-Type"] = "application/json"
            let body: JSONValue = ["text": "hello", "sender_id": "+491701234567", "phone": "+14155552671"]
            return HTTPRequest(method: "POST", target: "/sms", headers: headers, body: JSONWriter.bytes(body))
        default:
            headers["Content-Type"] = "application/xml"
            let body = "<request><origin>447923221231</origin><destination>447723443321</destination><message>hello</message></request>"
            return HTTPRequest(method: "POST", target: "/SMS?v=3&method=sendSms", headers: headers, body: Array(body.utf8))
        }
    }

    /// Whether the fake's answer is an authentication refusal, in the provider's own terms.
    private func isRefusal(_ provider: String, _ response: HTTPResponse) -> Bool {
        let json = try? JSONParser.parse(response.body)
        switch provider {
        case "rox": return response.status == 200 && json?["Result"]?.stringValue.flatMap(Int.init).map { (2001...2010).contains($0) } == true
        case "skycore": return ["E102", "E104"].contains(json?["error-code"]?.stringValue)
        default: return response.status == 401
        }
    }

    @Test(arguments: rox + skycore + lox24 + iovox)
    func badCredentialsAreRefusedAndSendNothing(_ attempt: Attempt) throws {
        let server = try startFake(attempt.provider)
        defer { server.shutdown() }
        let response = try HTTPClient(url: server.baseURL).send(sendRequest(attempt))
        #expect(isRefusal(attempt.provider, response), "\(response.status) \(response.bodyText)")
        #expect(server.environment.outbox.entries.isEmpty)
    }

    static let rightCredentials: [Attempt] = [
        Attempt(provider: "rox", name: "default", fields: [("AccountId", "CI00000001"), ("Username", "user@your_domain.com"), ("Password", "myPassword")]),
        Attempt(provider: "rox", name: "second", fields: [("AccountId", "CI00000002"), ("Username", "ops@other.example"), ("Password", "s3cret")]),
        Attempt(provider: "skycore", name: "default", fields: [("x-api-key", "test-api-key")]),
        Attempt(provider: "skycore", name: "second", fields: [("x-api-key", "second-api-key")]),
        Attempt(provider: "lox24", name: "default", fields: [("X-LOX24-AUTH-TOKEN", "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx")]),
        Attempt(provider: "lox24", name: "second", fields: [("X-LOX24-AUTH-TOKEN", "4444444:otheraccountxxxxxxxxxxxxxxxxxxxxx")]),
        Attempt(provider: "iovox", name: "default", fields: [("username", "test"), ("secureKey", "test-secure-key")]),
        Attempt(provider: "iovox", name: "second", fields: [("username", "second-account"), ("secureKey", "second-account-key")]),
    ]

    @Test(arguments: rightCredentials)
    func eachAccountsOwnCredentialsSend(_ attempt: Attempt) throws {
        let server = try startFake(attempt.provider)
        defer { server.shutdown() }
        let response = try HTTPClient(url: server.baseURL).send(sendRequest(attempt))
        #expect(!isRefusal(attempt.provider, response), "\(response.status) \(response.bodyText)")
        #expect(server.environment.outbox.entries.count == 1)
    }

    @Test func oneLOX24AccountCannotReadAnothersMessages() throws {
        let server = try startFake("lox24")
        defer { server.shutdown() }
        let client = try HTTPClient(url: server.baseURL)
        let sent = try client.send(sendRequest(Self.rightCredentials[4]))
        let uuid = try #require(try JSONParser.parse(sent.body)["uuid"]?.stringValue)
        let other: HTTPHeaders = ["X-LOX24-AUTH-TOKEN": "4444444:otheraccountxxxxxxxxxxxxxxxxxxxxx"]
        #expect(try client.send(HTTPRequest(method: "GET", target: "/sms/\(uuid)", headers: other)).status == 404)
        let list = try client.send(HTTPRequest(method: "GET", target: "/sms", headers: other))
        #expect(!list.bodyText.contains(uuid))
        #expect(try client.send(HTTPRequest(method: "GET", target: "/sms/\(uuid)")).status == 401)
    }

    /// `From`, and the `[SENDER]` block put at the top of the body (nil for none).
    static let emailAttempts: [(from: String, block: String?, name: String)] = [
        ("user@your_domain.com", nil, "password user without a block"),
        ("user@your_domain.com", "ID=CI00000001\nPW=wrong", "wrong password"),
        ("user@your_domain.com", "ID=CI00000001\nPW=", "empty password"),
        ("user@your_domain.com", "ID=CI00000001", "no PW line"),
        ("user@your_domain.com", "ID=CI00000001\nPW=MYPASSWORD", "password in other case"),
        ("user@your_domain.com", "ID=CI00000002\nPW=s3cret", "the second account's ID and password"),
        ("ops@other.example", "ID=CI00000001\nPW=myPassword", "the first account's ID and password from the second's user"),
        ("user@your_domain.com", "ID=CI00000001\nPW=s3cret", "the second user's password"),
        ("stranger@example.com", "ID=CI00000001\nPW=myPassword", "an unregistered sender"),
        ("alerts@your_domain.com", "ID=CI00000001\nPW=", "an IP-authenticated user with an empty password"),
    ]

    @Test(arguments: emailAttempts.indices)
    func badEmailCredentialsAreRefusedAndSendNothing(index: Int) throws {
        let attempt = Self.emailAttempts[index]
        let server = try startFake("rox-email")
        defer { server.shutdown() }
        let reply = try deliverEmail(server, from: attempt.from, block: attempt.block)
        #expect(reply.code == 550 && reply.enhancedStatus == "5.7.1", "\(attempt.name): \(reply)")
        #expect(server.environment.outbox.entries.isEmpty, "\(attempt.name)")
    }

    @Test func eachEmailAccountsOwnCredentialsSend() throws {
        let server = try startFake("rox-email")
        defer { server.shutdown() }
        #expect(try deliverEmail(server, from: "user@your_domain.com", block: "ID=CI00000001\nPW=myPassword").code == 250)
        #expect(try deliverEmail(server, from: "ops@other.example", block: "ID=CI00000002\nPW=s3cret").code == 250)
        #expect(server.environment.outbox.entries.count == 2)
    }

    /// Sends one Format 1 email over SMTP and returns the reply to its final dot.
    private func deliverEmail(_ server: FakeServer, from: String, block: String?) throws -> SMTPReply {
        let body = (block.map { "[SENDER]\n\($0)\n\n" } ?? "") + "Server 23 is offline."
        let to = ["61409000000@mail.completesms.net"]
        let message = MailComposer.compose(from: from, to: to, subject: "Alert", body: body)
        let client = SMTPClient(endpoint: try SMTPEndpoint(url: try #require(server.smtpURL)), timeout: .seconds(10))
        let transcript = try client.send(from: from, to: to, message: message)
        return try #require(transcript.last { $0.command == "." }?.reply)
    }
}
