import Providers
import StructuredData
import Testing
import Wire

@Suite struct LOX24FakeTests {
    let environment = FakeEnvironment(clock: FakeClock(frozen: true))
    let fake: LOX24Fake

    init() {
        fake = LOX24Fake(environment: environment)
    }

    static let token = LOX24Provider.exampleToken

    private func send(_ body: String, token: String? = token, contentType: String = "application/json", from address: String = "127.0.0.1") throws -> (HTTPResponse, JSONValue) {
        var headers: HTTPHeaders = ["Content-Type": contentType]
        if let token { headers["X-LOX24-AUTH-TOKEN"] = token }
        let response = fake.handle(HTTPRequest(method: "POST", target: "/sms", headers: headers, body: Array(body.utf8), remoteAddress: address))
        return (response, try JSONParser.parse(response.body))
    }

    private func get(_ path: String, token: String? = token) throws -> (HTTPResponse, JSONValue) {
        var headers = HTTPHeaders()
        if let token { headers["X-LOX24-AUTH-TOKEN"] = token }
        let response = fake.handle(HTTPRequest(method: "GET", target: path, headers: headers, remoteAddress: "127.0.0.1"))
        return (response, try JSONParser.parse(response.body))
    }

    static let basic = #"{"text": "Hello! This is a test SMS message.", "sender_id": "+491701234567", "phone": "+14155552671"}"#

    @Test func theBasicExampleCreatesTheDocumentedResource() throws {
        let (response, body) = try send(Self.basic)
        #expect(response.status == 201)
        #expect(response.headers["Content-Type"] == "application/ld+json; charset=utf-8")
        let requestID = try #require(response.headers["X-LOX24-REQUEST-ID"])
        #expect(requestID.count == 32 && requestID.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        let uuid = try #require(body["uuid"]?.stringValue)
        #expect(body["@id"]?.stringValue == "/sms/\(uuid)")
        #expect(body["@type"] == "sms")
        #expect(body["@context"] == "/contexts/sms")
        #expect(body["phone"] == "+14155552671")
        #expect(body["iso2"] == "US")
        #expect(body["chars_count"] == 34)
        #expect(body["parts_count"] == 1)
        #expect(body["is_unicode"] == false)
        #expect(body["price"] == 0.056)
        #expect(body["created_at"]?.intValue == environment.clock.unixSeconds)
        #expect(body["requests"]?.stringValue == "/sms/\(uuid)/requests")
        let keys = body.objectValue?.keys ?? []
        for documented in ["delivery_at", "status_code", "gateway_sent_at", "source", "dlr_code", "ip", "voice_lang", "callback_data", "bulk_id",
                           "key_id", "service_code", "is_text_deleted", "is_sent", "clicks"] {
            #expect(keys.contains(documented), "missing \(documented)")
        }
        #expect(environment.outbox.entries.map(\.to) == ["+14155552671"])
    }

    @Test(arguments: [
        (#"{"sender_id": "Me", "phone": "+491701234567"}"#, 422, "text", "This value should not be blank."),
        (#"{"text": "Hi", "phone": "+491701234567"}"#, 422, "sender_id", "This value should not be blank."),
        (#"{"text": "Hi", "sender_id": "Me"}"#, 422, "phone", "This value should not be blank."),
        (#"{"text": "Hi", "sender_id": "TwelveChars1", "phone": "+491701234567"}"#, 422, "sender_id", "This value is not valid."),
        (#"{"text": "Hi", "sender_id": "Me", "phone": "123"}"#, 422, "phone", "This value is too short. It should have 4 characters or more."),
        (#"{"text": "Hi", "sender_id": "Me", "phone": "+4917012345678901"}"#, 422, "phone", "This value is too long. It should have 16 characters or less."),
        (#"{"text": "Hi", "sender_id": "Me", "phone": "+49abc1234"}"#, 422, "phone", "This value is not valid."),
        (#"{"text": "Hi", "sender_id": "Me", "phone": "+491701234567", "callback_data": "0123456789012345678901234567890123456"}"#, 422, "callback_data",
         "This value is too long. It should have 36 characters or less."),
        (#"{"text": "Hi", "sender_id": "Me", "phone": "+491701234567", "service_code": "sms"}"#, 400, "service_code", "Service's code is invalid or unavailable."),
        (#"{"text": "Hi", "sender_id": "Me", "phone": "+491701234567", "voice_lang": "XX"}"#, 400, "voice_lang", "The value you selected is not a valid choice."),
        (#"{"text": "Hi", "sender_id": "Me", "phone": "+491701234567", "attempts_count_max": 1}"#, 422, "attempts_count_max", "This value should be null."),
        (#"{"text": "Hi", "sender_id": "Me", "phone": "+491701234567", "service_code": "text2speech", "attempts_count_max": 0}"#, 422, "attempts_count_max",
         "The value you selected is not a valid choice."),
        (#"{"text": 5, "sender_id": "Me", "phone": "+491701234567"}"#, 400, "text", #"The type of the "text" attribute must be "string", "int" given."#),
        (#"{"text": "Hi", "sender_id": "Me", "phone": "+491701234567", "delivery_at": "soon"}"#, 400, "delivery_at",
         #"The type of the "delivery_at" attribute must be "int", "string" given."#),
        (#"{"text": "Hi", "sender_id": "Me", "phone": "+491701234567", "delivery_at": -5}"#, 422, "delivery_at", "This value should be greater than or equal to 0."),
    ])
    func eachRuleIsAViolationNamingTheProperty(body: String, status: Int, property: String, message: String) throws {
        let (response, answer) = try send(body)
        #expect(response.status == status)
        #expect(response.headers["Content-Type"] == "application/problem+json; charset=utf-8")
        let violations = try #require(answer["violations"]?.arrayValue)
        #expect(violations.count == 1)
        #expect(violations.first?["propertyPath"]?.stringValue == property)
        #expect(violations.first?["message"]?.stringValue == message)
        #expect(answer["detail"]?.stringValue == "\(property): \(message)")
        #expect(environment.outbox.entries.isEmpty)
    }

    @Test(arguments: [(1530, "a", 201, 10), (1531, "a", 422, 0), (670, "ж", 201, 10), (671, "ж", 422, 0), (160, "a", 201, 1), (161, "a", 201, 2)])
    func textLengthEdges(count: Int, character: String, status: Int, parts: Int) throws {
        let text = String(repeating: character, count: count)
        let (response, body) = try send(#"{"text": "\#(text)", "sender_id": "Me", "phone": "+491701234567"}"#)
        #expect(response.status == status)
        if status == 201 { #expect(body["parts_count"]?.intValue == parts) }
    }

    @Test(arguments: [("01701234567", "+491701234567", "DE"), ("00491701234567", "+491701234567", "DE"), ("491701234567", "+491701234567", "DE"),
                      ("+14155552671", "+14155552671", "US")])
    func phoneNumbersAreNormalisedForAGermanAccount(raw: String, e164: String, region: String) throws {
        let (response, body) = try send(#"{"text": "Hi", "sender_id": "Me", "phone": "\#(raw)"}"#)
        #expect(response.status == 201)
        #expect(body["phone"]?.stringValue == e164)
        #expect(body["iso2"]?.stringValue == region)
    }

    @Test func anAccountInAnotherCountryConvertsWithItsOwnPlan() throws {
        _ = try fake.configureAccount(["token": "9:uk", "country": "GB"])
        let (response, body) = try send(#"{"text": "Hi", "sender_id": "Me", "phone": "07700900123"}"#, token: "9:uk")
        #expect(response.status == 201)
        #expect(body["phone"] == "+447700900123")
    }

    @Test func credentialsAreCheckedBeforeTheBody() throws {
        let (missing, missingBody) = try send("not even json", token: nil)
        #expect(missing.status == 401)
        #expect(missingBody["detail"] == "Client ID or API key isn't active or invalid!")
        #expect(try send(Self.basic, token: "1:wrong").0.status == 401)
    }

    @Test func aNotActivatedAccountGets403AndNoFundsGets402() throws {
        _ = try fake.configureAccount(["token": "2:sleepy", "state": "not_activated"])
        _ = try fake.configureAccount(["token": "3:broke", "state": "no_funds"])
        let (inactive, inactiveBody) = try send(Self.basic, token: "2:sleepy")
        #expect(inactive.status == 403)
        #expect(inactiveBody["detail"] == "Account isn't activated. Please wait or contact to support!")
        let (broke, brokeBody) = try send(Self.basic, token: "3:broke")
        #expect(broke.status == 402)
        #expect(brokeBody["detail"] == "There are not enough funds on your account!")
        #expect(environment.outbox.entries.isEmpty)
    }

    @Test func theBalancePaysForSendsUntilItRunsOut() throws {
        _ = try fake.configureAccount(["token": "4:small", "balance": 0.1])
        #expect(try send(Self.basic, token: "4:small").0.status == 201)
        #expect(try send(Self.basic, token: "4:small").0.status == 402)
    }

    @Test func fourBadRequestsLockTheAddressForTenMinutes() throws {
        for _ in 1...4 { #expect(try send(Self.basic, token: "1:wrong", from: "10.1.1.1").0.status == 401) }
        let (blocked, body) = try send(Self.basic, from: "10.1.1.1")
        #expect(blocked.status == 429)
        #expect(body["detail"]?.stringValue?.hasPrefix("IP address was temporary blocked") == true)
        #expect(try send(Self.basic, from: "10.2.2.2").0.status == 201)
        environment.clock.advance(seconds: 599)
        #expect(try send(Self.basic, from: "10.1.1.1").0.status == 429)
        environment.clock.advance(seconds: 1)
        #expect(try send(Self.basic, from: "10.1.1.1").0.status == 201)
    }

    @Test func aCreatedSMSIsFoundByUUIDOnlyByItsAccount() throws {
        let (_, created) = try send(Self.basic)
        let uuid = try #require(created["uuid"]?.stringValue)
        let (found, body) = try get("/sms/\(uuid)")
        #expect(found.status == 200)
        #expect(body == created)
        _ = try fake.configureAccount(["token": "5:other"])
        #expect(try get("/sms/\(uuid)", token: "5:other").0.status == 404)
        #expect(try get("/sms/00000000-0000-4000-8000-000000000000").0.status == 404)
        let (list, collection) = try get("/sms")
        #expect(list.status == 200)
        #expect(collection["hydra:totalItems"] == 1)
    }

    @Test func onlyTheNewestRetainedSMSAreKeptAndListedNewestFirst() throws {
        let small = LOX24Fake(environment: environment, retainedMessages: 3)
        let uuids = try (0..<5).map { _ in
            let response = small.handle(HTTPRequest(method: "POST", target: "/sms", headers: ["Content-Type": "application/json", "X-LOX24-AUTH-TOKEN": Self.token], body: Array(Self.basic.utf8)))
            return try #require(JSONParser.parse(response.body)["uuid"]?.stringValue)
        }
        let statuses = uuids.map { small.handle(HTTPRequest(method: "GET", target: "/sms/\($0)", headers: ["X-LOX24-AUTH-TOKEN": Self.token])).status }
        #expect(statuses == [404, 404, 200, 200, 200])
        let list = try JSONParser.parse(small.handle(HTTPRequest(method: "GET", target: "/sms", headers: ["X-LOX24-AUTH-TOKEN": Self.token])).body)
        #expect(list["hydra:totalItems"] == 3)
        #expect(list["hydra:member"]?.arrayValue?.compactMap { $0["uuid"]?.stringValue } == Array(uuids.suffix(3).reversed()))
    }

    @Test func routingRefusesOtherPathsMethodsAndBodies() throws {
        #expect(fake.handle(HTTPRequest(method: "GET", target: "/nothing")).status == 404)
        let delete = fake.handle(HTTPRequest(method: "DELETE", target: "/sms", headers: ["X-LOX24-AUTH-TOKEN": Self.token]))
        #expect(delete.status == 405)
        #expect(delete.headers["Allow"] == "GET, HEAD, POST")
        #expect(try send("text=hi", contentType: "application/x-www-form-urlencoded").0.status == 415)
        let (malformed, body) = try send("{\"text\": ")
        #expect(malformed.status == 400)
        #expect(body["detail"] == "Syntax error")
        #expect(try send("[1, 2]").1["detail"] == "The input data is misformatted.")
    }
}
