import MailFormats
import Providers
import StructuredData
import Testing
import Wire

/// A fake on real sockets notes every request to the provider's paths, and its answer, in the journal.
@Suite struct FakeRouterTests {
    private static let token = LOX24Provider.exampleToken
    private static let send = #"{"text": "Hi", "sender_id": "+491701234567", "phone": "+14155552671"}"#

    private func start(_ provider: String) throws -> (FakeServer, HTTPClient) {
        let server = FakeServer(descriptor: try #require(ProviderRegistry.descriptor(for: provider)))
        try server.start()
        return (server, try HTTPClient(url: server.baseURL))
    }

    private func post(_ client: HTTPClient, _ target: String, _ body: String, token: String? = token) throws -> HTTPResponse {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if let token { headers["X-LOX24-AUTH-TOKEN"] = token }
        return try client.send(HTTPRequest(method: "POST", target: target, headers: headers, body: Array(body.utf8)))
    }

    private func journal(_ client: HTTPClient) throws -> [JSONValue] {
        try JSONParser.parse(client.send(HTTPRequest(method: "GET", target: "/__fake/requests")).body).arrayValue ?? []
    }

    @Test func acceptedAndRefusedRequestsAreNotedAndControlRequestsAreNot() throws {
        let (server, client) = try start("lox24")
        defer { server.shutdown() }
        #expect(try post(client, "/sms", Self.send).status == 201)
        #expect(try post(client, "/sms", Self.send, token: "1:wrong").status == 401)
        #expect(try client.send(HTTPRequest(method: "GET", target: "/__fake/outbox")).status == 200)
        let entries = try journal(client)
        #expect(entries.map { $0["status"] } == [201, 401])
        #expect(entries.map { $0["sequence"] } == [1, 2])
        #expect(entries.first?["body"] == (try JSONParser.parse(Array(Self.send.utf8)))) // A JSON body is shown parsed.
        #expect(entries.last?["headers"]?["X-LOX24-AUTH-TOKEN"] == "1:wrong")
        #expect(entries.first?["remote_address"] == "127.0.0.1")
    }

    @Test func aFaultIsNamedWithTheStatusTheClientSaw() throws {
        let (server, client) = try start("lox24")
        defer { server.shutdown() }
        #expect(try post(client, "/__fake/faults", #"{"fault": "status", "status": 503}"#, token: nil).status == 200)
        #expect(try post(client, "/sms", Self.send).status == 503)
        let entry = try #require(try journal(client).first)
        #expect(entry["status"] == 503)
        #expect(entry["fault"] == "status")
        #expect(server.environment.outbox.entries.isEmpty)
    }

    @Test func deleteAndResetClearTheJournal() throws {
        let (server, client) = try start("lox24")
        defer { server.shutdown() }
        _ = try post(client, "/sms", Self.send)
        #expect(try client.send(HTTPRequest(method: "DELETE", target: "/__fake/requests")).status == 200)
        #expect(try journal(client).isEmpty)
        _ = try post(client, "/sms", Self.send)
        #expect(try post(client, "/__fake/reset", "", token: nil).status == 200)
        #expect(try journal(client).isEmpty)
    }

    @Test func theEmailFakeNotesMessagesAndRefusedRecipientsOnItsControlPort() throws {
        let (server, client) = try start("rox-email")
        defer { server.shutdown() }
        let smtp = SMTPClient(endpoint: try SMTPEndpoint(url: try #require(server.smtpURL)), timeout: .seconds(10))
        let recipients = ["61409000000@mail.completesms.net", "someone@example.com"]
        let message = MailComposer.compose(from: "alerts@your_domain.com", to: recipients, subject: "Alert", body: "Server 23 is offline.")
        _ = try smtp.send(from: "alerts@your_domain.com", to: recipients, message: message)
        let entries = try journal(client)
        #expect(entries.map { $0["command"] } == ["RCPT TO", "DATA"])
        #expect(entries.first?["address"] == "someone@example.com")
        #expect(entries.first?["reply_code"] == 550)
        #expect(entries.last?["recipients"] == ["61409000000@mail.completesms.net"])
        #expect(entries.last?["reply_code"] == 250)
        #expect(entries.last?["message"]?.stringValue?.contains("Server 23 is offline.") == true)
    }
}
