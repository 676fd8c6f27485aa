import Providers
import StructuredData
import Testing
import Wire

@Suite struct IovoxFakeTests {
    let environment = FakeEnvironment(clock: FakeClock(frozen: true))
    let fake: IovoxFake

    init() {
        fake = IovoxFake(environment: environment)
    }

    static let credentials: HTTPHeaders = ["username": IovoxProvider.defaultUsername, "secureKey": IovoxProvider.defaultSecureKey]
    static let basic = """
        <?xml version="1.0" encoding="utf-8"?>
        <request>
            <origin>447923221231</origin>
            <destination>447723443321</destination>
            <message>Hello there, my name is John</message>
         </request>
        """

    /// Sends a request and reads the answer's XML as its JSON mapping.
    private func send(_ body: String, method: String = "POST", target: String = "/SMS?v=3&method=sendSms",
                      headers: HTTPHeaders = credentials) throws -> (HTTPResponse, JSONValue) {
        let response = fake.handle(HTTPRequest(method: method, target: target, headers: headers, body: Array(body.utf8)))
        return (response, XMLJSONMapping.json(from: try XMLReader.parse(response.body)))
    }

    /// The texts of an `<errors>` answer, in order, with each error's status.
    private func errors(_ mapping: JSONValue) -> [(status: String, text: String)] {
        let value = mapping["errors"]?["error"]
        let list = value?.arrayValue ?? value.map { [$0] } ?? []
        return list.map { ($0["@status"]?.stringValue ?? "", $0["#text"]?.stringValue ?? "") }
    }

    private func onlyError(_ body: String, method: String = "POST", target: String = "/SMS?v=3&method=sendSms",
                           headers: HTTPHeaders = credentials) throws -> (Int, String) {
        let (response, mapping) = try send(body, method: method, target: target, headers: headers)
        let found = errors(mapping)
        #expect(found.count == 1, "expected one error, got \(found)")
        #expect(found.first?.status == String(response.status))
        #expect(response.headers["Content-Type"] == "text/xml")
        return (response.status, found.first?.text ?? "")
    }

    @Test func theBasicExampleIsCreatedAndRecordedInTheOutbox() throws {
        let (response, mapping) = try send(Self.basic)
        #expect(response.status == 201)
        #expect(response.headers["Content-Type"] == "text/xml")
        let id = try #require(mapping["response"]?["sms_activity_id"]?.stringValue)
        #expect(response.bodyText == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response><sms_activity_id>\(id)</sms_activity_id></response>\n")
        #expect(response.body.count == 132) // The live log's Content-Length for the same answer.
        let entry = try #require(environment.outbox.entries.first)
        #expect(entry.provider == "iovox" && entry.to == "+447723443321" && entry.from == "447923221231")
        #expect(entry.text == "Hello there, my name is John")
        #expect(entry.details["sms_activity_id"] == .string(id))
        #expect(entry.details["username"] == "test")
    }

    @Test func optionalNodesReachTheOutbox() throws {
        let body = """
            <request><origin>Acme</origin><destination>447723443321</destination><message>Hi</message>
            <callback_url>https://my.dlr.callback.iovox.com/dlr</callback_url>
            <callback_url_headers>Content-Type: application/json,X-Custom-Header: iovox</callback_url_headers>
            <expiry>3</expiry><c2c_failover_link_id>123456</c2c_failover_link_id></request>
            """
        #expect(try send(body).0.status == 201)
        let details = try #require(environment.outbox.entries.first?.details)
        #expect(details["callback_url"] == "https://my.dlr.callback.iovox.com/dlr")
        #expect(details["callback_url_headers"] == ["Content-Type": "application/json", "X-Custom-Header": "iovox"])
        #expect(details["expiry"] == 3)
        #expect(details["c2c_failover_link_id"] == "123456")
    }

    @Test func activityIDsAreDistinctVersion4UUIDsEvenOnAFrozenClock() throws {
        let first = try send(Self.basic).1["response"]?["sms_activity_id"]?.stringValue
        let second = try send(Self.basic).1["response"]?["sms_activity_id"]?.stringValue
        let id = try #require(first)
        #expect(first != second)
        #expect(id.count == 36 && Array(id)[14] == "4" && "89ab".contains(Array(id)[19]))
    }

    // MARK: - Query: output and repeated keys

    @Test(arguments: [
        ("/SMS?v=3&method=sendSms&output=XML", "text/xml"),
        ("/SMS?v=3&method=sendSms&output=xml", "text/xml"),
        ("/SMS?output=JSON&v=3&method=sendSms", "application/json"),
    ])
    func outputChoosesTheFormat(target: String, contentType: String) throws {
        let response = fake.handle(HTTPRequest(method: "POST", target: target, headers: Self.credentials, body: Array(Self.basic.utf8)))
        #expect(response.status == 201)
        #expect(response.headers["Content-Type"] == contentType)
        let mapping = contentType == "text/xml" ? XMLJSONMapping.json(from: try XMLReader.parse(response.body)) : try JSONParser.parse(response.body)
        #expect(mapping["response"]?["sms_activity_id"]?.stringValue?.count == 36)
    }

    @Test func jsonErrorsAreTheXMLMapping() throws {
        let response = fake.handle(HTTPRequest(method: "POST", target: "/SMS?v=3&method=sendSms&output=JSON", headers: Self.credentials,
                                               body: Array("<request><origin>Acme</origin></request>".utf8)))
        #expect(response.status == 400)
        #expect(try JSONParser.parse(response.body) == ["errors": ["error": [
            ["@status": "400", "#text": "Destination Empty"], ["@status": "400", "#text": "Message Empty"],
        ]]])
    }

    @Test(arguments: ["HTML", "", "X ML"])
    func anotherOutputIsOutputTypeInvalid(output: String) throws {
        let target = "/SMS?v=3&method=sendSms&output=" + output.replacingOccurrences(of: " ", with: "%20")
        #expect(try onlyError(Self.basic, target: target) == (400, "Output Type Invalid"))
        #expect(environment.outbox.entries.isEmpty)
    }

    /// PHP's `$_GET` keeps the last of repeated keys.
    @Test(arguments: [
        ("/SMS?v=2&v=3&method=sendSms", 201),
        ("/SMS?v=3&v=2&method=sendSms", 400),
        ("/SMS?v=3&method=getSms&method=sendSms", 201),
    ])
    func aRepeatedKeyCountsWithItsLastValue(target: String, status: Int) throws {
        #expect(try send(Self.basic, target: target).0.status == status)
    }

    // MARK: - Authentication

    @Test(arguments: [
        HTTPHeaders(),
        ["username": "test"],
        ["secureKey": "test-secure-key"],
        ["username": "test", "secureKey": "wrong"],
        ["username": "nobody", "secureKey": "test-secure-key"],
        ["username": "TEST", "secureKey": "test-secure-key"],
    ])
    func badCredentialsAre401(headers: HTTPHeaders) throws {
        let (status, text) = try onlyError(Self.basic, headers: headers)
        #expect(status == 401)
        #expect(text == "HTTP 401: Unauthorized")
        #expect(environment.outbox.entries.isEmpty)
    }

    @Test func anotherAccountsKeyDoesNotAuthenticate() throws {
        _ = try fake.configureAccount(["username": "second", "secure_key": "second-key"])
        #expect(try onlyError(Self.basic, headers: ["username": "test", "secureKey": "second-key"]).0 == 401)
        #expect(try onlyError(Self.basic, headers: ["username": "second", "secureKey": "test-secure-key"]).0 == 401)
        #expect(try send(Self.basic, headers: ["username": "second", "secureKey": "second-key"]).0.status == 201)
        #expect(environment.outbox.entries.first?.details["username"] == "second")
    }

    @Test(arguments: [
        (JSONValue.string("x"), "JSON object"),
        (["username": "a"], "secure_key"),
        (["secure_key": "a"], "username"),
        (["username": "a", "secure_key": "b", "state": "active"], "unknown field"),
    ] as [(JSONValue, String)])
    func badAccountDescriptionsAreRefused(description: JSONValue, mentions: String) {
        #expect {
            _ = try fake.configureAccount(description)
        } throws: { error in
            (error as? ControlAPIError)?.message.contains(mentions) == true
        }
    }

    // MARK: - Order of checks

    /// Each row breaks one check and every later one, so the answer shows which check comes first.
    @Test(arguments: [
        ("POST", "/sms?v=3&method=sendSms", HTTPHeaders(), "", 404, "Not Found"),
        ("GET", "/SMS", HTTPHeaders(), "", 401, "HTTP 401: Unauthorized"),
        ("GET", "/SMS?method=sendMms", credentials, "", 400, "API Version Empty"),
        ("GET", "/SMS?v=&method=sendSms", credentials, "", 400, "API Version Empty"),
        ("GET", "/SMS?v=2&method=sendMms", credentials, "", 400, "API Version Invalid"),
        ("GET", "/SMS?v=3&method=sendMms", credentials, "", 404, "Not Found"),
        ("GET", "/SMS?v=3", credentials, "", 404, "Not Found"),
        ("GET", "/SMS?v=3&method=sendSms", credentials, "", 400, "Request Method must be POST. GET attempted"),
        ("DELETE", "/SMS?v=3&method=sendSms", credentials, "<broken", 400, "Request Method must be POST. DELETE attempted"),
        ("POST", "/SMS?v=3&method=sendSms", credentials, "", 400, "XML Empty"),
        ("POST", "/SMS?v=3&method=sendSms", credentials, "<request><origin>", 400,
         "XML parse error. Premature end of data in tag origin line 1 at line 1, column 18"),
        ("POST", "/SMS?v=3&method=sendSms", credentials, "<request/>", 400, "Request Empty"),
    ] as [(String, String, HTTPHeaders, String, Int, String)])
    func checksRunInTheDocumentsOrder(method: String, target: String, headers: HTTPHeaders, body: String, status: Int, text: String) throws {
        let (answered, message) = try onlyError(body, method: method, target: target, headers: headers)
        #expect(answered == status)
        #expect(message == text)
    }

    @Test func nodeErrorsComeBackTogetherInDocumentOrder() throws {
        let body = "<request><expiry>0</expiry><message></message><destination>+44</destination><origin></origin></request>"
        let (response, mapping) = try send(body)
        #expect(response.status == 400)
        #expect(errors(mapping).map(\.text) == ["Origin Empty", "Destination Invalid: +44", "Message Empty", "Expiry Invalid: 0"])
        #expect(errors(mapping).allSatisfy { $0.status == "400" })
    }

    // MARK: - The failures control route

    @Test func onlyTheNewestMessagesAreKeptOldestFirst() throws {
        let small = IovoxFake(environment: environment, messageCapacity: 2)
        let ids = try (0..<4).map { _ in
            let response = small.handle(HTTPRequest(method: "POST", target: "/SMS?v=3&method=sendSms", headers: Self.credentials, body: Array(Self.basic.utf8)))
            return try #require(XMLJSONMapping.json(from: try XMLReader.parse(response.body))["response"]?["sms_activity_id"]?.stringValue)
        }
        let listed = try #require(small.handleControl(HTTPRequest(method: "GET", target: "/__fake/iovox/messages"), route: "iovox/messages"))
        let kept = try JSONParser.parse(listed.body).arrayValue?.compactMap { $0["sms_activity_id"]?.stringValue }
        #expect(kept == Array(ids.suffix(2)))
    }

    @Test func injectedFailuresAnswer500ForTheNextRequestsOnly() throws {
        let set = try #require(fake.handleControl(HTTPRequest(method: "POST", target: "/__fake/iovox/failures", body: Array(#"{"count": 2}"#.utf8)),
                                                  route: "iovox/failures"))
        #expect(set.status == 200)
        #expect(try onlyError(Self.basic) == (500, "Internal Server Error"))
        #expect(try onlyError("", headers: HTTPHeaders()) == (500, "Internal Server Error"))
        let left = try #require(fake.handleControl(HTTPRequest(method: "GET", target: "/__fake/iovox/failures"), route: "iovox/failures"))
        #expect(try JSONParser.parse(left.body)["count"] == 0)
        #expect(try send(Self.basic).0.status == 201)
        #expect(environment.outbox.entries.count == 1)
    }

    @Test func theFailuresRouteIsServedThroughTheControlAPI() throws {
        let control = ControlAPI(fake: fake, environment: environment)
        #expect(control.handle(HTTPRequest(method: "POST", target: "/__fake/iovox/failures", body: Array(#"{"count": 1}"#.utf8))).status == 200)
        #expect(fake.handle(HTTPRequest(method: "POST", target: "/SMS?v=3&method=sendSms", headers: Self.credentials,
                                        body: Array(Self.basic.utf8))).status == 500)
        #expect(control.handle(HTTPRequest(method: "POST", target: "/__fake/iovox/failures", body: Array(#"{"count": 1}"#.utf8))).status == 200)
        #expect(control.handle(HTTPRequest(method: "POST", target: "/__fake/reset")).status == 200)
        #expect(try send(Self.basic).0.status == 201)
    }

    @Test(arguments: [
        ("POST", #"{"count": -1}"#, 400), ("POST", #"{"count": "two"}"#, 400), ("POST", "nope", 400), ("POST", "{}", 400), ("DELETE", "", 405),
    ])
    func badFailureRequestsAreRefused(method: String, body: String, status: Int) throws {
        let answer = try #require(fake.handleControl(HTTPRequest(method: method, target: "/__fake/iovox/failures", body: Array(body.utf8)),
                                                     route: "iovox/failures"))
        #expect(answer.status == status)
        #expect(try JSONParser.parse(answer.body)["error"]?.stringValue?.isEmpty == false)
    }

    @Test func otherControlRoutesAreNotTheFakes() {
        #expect(fake.handleControl(HTTPRequest(method: "POST", target: "/__fake/lox24/failures"), route: "lox24/failures") == nil)
    }
}
