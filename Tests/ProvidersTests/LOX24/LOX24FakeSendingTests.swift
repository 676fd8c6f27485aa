import Providers
import StructuredData
import Testing
import Wire

/// `POST /sms/dryrun`: validated and priced like `POST /sms`, nothing sent, kept, debited or notified.
@Suite struct LOX24FakeSendingTests {
    let environment = FakeEnvironment(clock: FakeClock(frozen: true))
    let fake: LOX24Fake

    init() {
        fake = LOX24Fake(environment: environment)
    }

    static let token = LOX24Provider.exampleToken
    static let basic = #"{"text": "Hello! This is a test SMS message.", "sender_id": "+491701234567", "phone": "+14155552671"}"#

    private func post(_ path: String, _ body: String, token: String = token) throws -> (HTTPResponse, JSONValue) {
        let headers: HTTPHeaders = ["Content-Type": "application/json", "X-LOX24-AUTH-TOKEN": token]
        let response = fake.handle(HTTPRequest(method: "POST", target: path, headers: headers, body: Array(body.utf8), remoteAddress: "127.0.0.1"))
        return (response, try JSONParser.parse(response.body))
    }

    @Test func aDryRunAnswersTheResourceASendWouldCreateUnderTheFixedUUID() throws {
        let (dry, dryBody) = try post("/sms/dryrun", Self.basic)
        #expect(dry.status == 201)
        #expect(dry.headers["Content-Type"] == "application/ld+json; charset=utf-8")
        #expect(dry.headers["X-LOX24-REQUEST-ID"]?.count == 32)
        #expect(dryBody["uuid"] == "11111111-2222-3333-4444-555555555555")
        #expect(dryBody["@id"] == "/sms/11111111-2222-3333-4444-555555555555")
        #expect(dryBody["requests"] == "/sms/11111111-2222-3333-4444-555555555555/requests")
        #expect(dryBody["status_code"] == 0)
        #expect(dryBody["is_sent"] == false)
        let (real, realBody) = try post("/sms", Self.basic)
        #expect(real.status == 201)
        for field in ["price", "parts_count", "chars_count", "iso2", "phone", "is_unicode", "text", "service_code"] {
            #expect(dryBody[field] == realBody[field], "\(field)")
        }
    }

    @Test func aDryRunKeepsNothingSendsNothingAndCostsNothing() throws {
        _ = try fake.configureAccount(["token": "6:dry", "balance": 1.0, "webhook_url": "http://127.0.0.1:9/hook"])
        let (dry, _) = try post("/sms/dryrun", Self.basic, token: "6:dry")
        #expect(dry.status == 201)
        #expect(environment.outbox.entries.isEmpty)
        #expect(environment.scheduler.pendingCount == 0)
        let account = fake.accountsJSON.arrayValue?.first { $0["token"] == "6:dry" }
        #expect(account?["balance"] == 1.0)
        let lookup = fake.handle(HTTPRequest(method: "GET", target: "/sms/11111111-2222-3333-4444-555555555555", headers: ["X-LOX24-AUTH-TOKEN": "6:dry"]))
        #expect(lookup.status == 404)
        let list = try JSONParser.parse(fake.handle(HTTPRequest(method: "GET", target: "/sms", headers: ["X-LOX24-AUTH-TOKEN": "6:dry"])).body)
        #expect(list["hydra:totalItems"] == 0)
    }

    @Test func aDryRunNeedsNoFunds() throws {
        _ = try fake.configureAccount(["token": "3:broke", "state": "no_funds"])
        #expect(try post("/sms", Self.basic, token: "3:broke").0.status == 402)
        #expect(try post("/sms/dryrun", Self.basic, token: "3:broke").0.status == 201)
    }

    @Test(arguments: [
        (#"{"sender_id": "Me", "phone": "+491701234567"}"#, 422, "text"),
        (#"{"text": "Hi", "sender_id": "Me", "phone": "+491701234567", "service_code": "sms"}"#, 400, "service_code"),
        (#"{"text": 5, "sender_id": "Me", "phone": "+491701234567"}"#, 400, "text"),
    ])
    func aDryRunRefusesWhatASendRefuses(body: String, status: Int, property: String) throws {
        let (dry, dryBody) = try post("/sms/dryrun", body)
        let (real, realBody) = try post("/sms", body)
        #expect(dry.status == status)
        #expect(real.status == status)
        #expect(dryBody["violations"] == realBody["violations"])
        #expect(dryBody["violations"]?.arrayValue?.first?["propertyPath"]?.stringValue == property)
    }

    @Test func aDryRunChecksCredentialsAndOnlyTakesPOST() throws {
        #expect(try post("/sms/dryrun", Self.basic, token: "1:wrong").0.status == 401)
        let get = fake.handle(HTTPRequest(method: "GET", target: "/sms/dryrun", headers: ["X-LOX24-AUTH-TOKEN": Self.token]))
        #expect(get.status == 405)
        #expect(get.headers["Allow"] == "POST")
    }
}
