import Dispatch
import Foundation
import MailFormats
import Providers
import StructuredData
import Synchronization
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

    // MARK: Faults on the server's clock

    /// Sends on a thread of its own — not the cooperative pool nor Dispatch's, which blocked tests can starve
    /// for a second or more — since the answer waits for the clock; `wait` takes the outcome, bounded by the
    /// client's timeout.
    private final class Pending: Sendable {
        private let outcome = Mutex<Result<HTTPResponse, any Error>?>(nil)
        private let done = DispatchSemaphore(value: 0)

        init(_ send: @escaping @Sendable () throws -> HTTPResponse) {
            Thread.detachNewThread { [self] in
                let result: Result<HTTPResponse, any Error>
                do { result = .success(try send()) } catch { result = .failure(error) }
                outcome.withLock { $0 = result }
                done.signal()
            }
        }

        /// Whether the answer has come, without waiting.
        var hasArrived: Bool { outcome.withLock { $0 != nil } }

        /// The answer, once it comes (the client's own timeout bounds the wait).
        func wait() throws -> HTTPResponse {
            done.wait()
            return try outcome.withLock { $0 }!.get()
        }
    }

    private func startOnManualClock() throws -> (FakeServer, HTTPClient, ManualClock) {
        let clock = ManualClock()
        let server = FakeServer(descriptor: LOX24Provider.descriptor, serverClock: clock)
        try server.start()
        return (server, try HTTPClient(url: server.baseURL, timeout: .seconds(10)), clock)
    }

    private func sendLater(_ client: HTTPClient) -> Pending {
        Pending { try self.post(client, "/sms", Self.send) }
    }

    @Test func aLatencyFaultHoldsTheAnswerUntilTheServersClockPassesIt() throws {
        let (server, client, clock) = try startOnManualClock()
        defer { server.shutdown() }
        #expect(try post(client, "/__fake/faults", #"{"fault": "latency", "ms": 5000}"#, token: nil).status == 200)
        let answer = sendLater(try HTTPClient(url: server.baseURL, timeout: .seconds(120)))
        try #require(waitForHeld(server, 1))
        #expect(!answer.hasArrived)
        // The fake already did its work: the message is in the outbox and the journal, only the answer waits.
        #expect(server.environment.outbox.entries.count == 1)
        #expect(try journal(client).first?["fault"] == "latency")
        clock.advance(by: .milliseconds(4999))
        #expect(!answer.hasArrived)
        clock.advance(by: .milliseconds(1))
        #expect(try answer.wait().status == 201)
        #expect(try post(client, "/sms", Self.send).status == 201) // The fault was for one request only.
    }

    @Test func aSlowBodyArrivesWholeOnceTheClockHasPassedEveryPiece() throws {
        let (server, client, clock) = try startOnManualClock()
        defer { server.shutdown() }
        #expect(try post(client, "/__fake/faults", #"{"fault": "slow_body", "parts": 3, "interval_ms": 1000}"#, token: nil).status == 200)
        let answer = sendLater(try HTTPClient(url: server.baseURL, timeout: .seconds(120)))
        try #require(waitForHeld(server, 1))
        clock.advance(by: .seconds(1))
        #expect(!answer.hasArrived) // Two of three pieces at most.
        clock.advance(by: .seconds(1))
        let response = try answer.wait()
        #expect(response.status == 201)
        #expect(try JSONParser.parse(response.body)["phone"] == "+14155552671")
    }

    @Test func aResetIsNotHeldByTheClock() throws {
        let (server, client, _) = try startOnManualClock()
        defer { server.shutdown() }
        #expect(try post(client, "/__fake/faults", #"{"fault": "reset"}"#, token: nil).status == 200)
        #expect(throws: HTTPClientError.self) { try post(client, "/sms", Self.send) }
        #expect(server.environment.heldAnswers.count == 0)
        #expect(try post(client, "/sms", Self.send).status == 201)
    }

    @Test func onTheSystemClockALatencyAnswersByItself() throws {
        let (server, client) = try start("lox24")
        defer { server.shutdown() }
        #expect(try post(client, "/__fake/faults", #"{"fault": "latency", "ms": 20}"#, token: nil).status == 200)
        #expect(try post(client, "/sms", Self.send).status == 201)
        #expect(server.environment.heldAnswers.count == 1)
    }

    /// Waits (bounded, real time) until the fake has held `count` answers: their instants are fixed, so the
    /// clock may move. A blocking wait, so these tests need no task of the cooperative pool to resume — under
    /// the full suite, blocked tests can hold that pool for longer than any timeout here.
    private func waitForHeld(_ server: FakeServer, _ count: Int) -> Bool {
        server.environment.heldAnswers.waitBlocking(forCount: count, timeout: .seconds(120))
    }
}
