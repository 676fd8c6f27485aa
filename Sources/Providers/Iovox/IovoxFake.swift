import Foundation
import SMSDomain
import StructuredData
import Synchronization
import Wire

/// iovox's sendSms as seed 004 and provider-facts.md § iovox document it: `POST /SMS?v=3&method=sendSms`
/// with an XML payload, authenticated by the `username` and `secureKey` headers.
///
/// Order of checks on every request (docs/providers/iovox.md):
/// 1. the path is `/SMS` (else 404 Not Found);
/// 2. an injected failure (`POST /__fake/iovox/failures`) answers 500 Internal Server Error;
/// 3. the `username` and `secureKey` headers name an account (else 401 HTTP 401: Unauthorized);
/// 4. `v`: API Version Empty, API Version Invalid (only `3` is valid); a repeated query key counts
///    with its last value, as PHP reads it;
/// 5. `output`: absent, `XML` or `JSON` (else Output Type Invalid), the format of every later answer;
/// 6. `method` is `sendSms` (else 404 Not Found);
/// 7. the HTTP method: Request Method must be POST. x attempted;
/// 8. the body, as ``IovoxSendRequest`` reads it; then 201 with the `sms_activity_id`.
///
/// Every answer is XML (`text/xml`, as the live API answers) or, with `output=JSON`, its JSON
/// mapping; errors come inside `<errors>`.
///
/// After a 201 the SMS follows the receipts ``IovoxDeliveryTimeline`` gives its destination's
/// ``DeliveryOutcome`` in fake time; each is POSTed to `callback_url`, when there is one, as it falls due.
public final class IovoxFake: ProviderFake {
    private struct State {
        var accounts: [String: IovoxAccount] = [IovoxAccount.default.username: .default]
        var pendingFailures = 0
        /// The newest accepted SMS, oldest first.
        var messages: BoundedRing<IovoxSentMessage>

        init(messageCapacity: Int) {
            messages = BoundedRing(capacity: messageCapacity)
        }
    }

    /// How many accepted SMS a fake keeps for `GET /__fake/iovox/messages` unless told otherwise (as many as the outbox).
    public static let defaultMessageCapacity = 10_000
    /// How many accepted SMS this fake keeps; older ones are forgotten first.
    public let messageCapacity: Int

    /// The only path the fake answers on.
    public static let path = "/SMS"
    /// The only API version sendSms is documented with.
    public static let apiVersion = "3"
    /// The only `method` query value the fake serves.
    public static let method = "sendSms"

    private let environment: FakeEnvironment
    private let state: Mutex<State>

    /// Creates the fake with its default account, keeping the newest `messageCapacity` SMS.
    public init(environment: FakeEnvironment, messageCapacity: Int = defaultMessageCapacity) {
        self.environment = environment
        self.messageCapacity = max(1, messageCapacity)
        state = Mutex(State(messageCapacity: messageCapacity))
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        guard request.path == Self.path else { return IovoxResponse.error(.notFound) }
        if takeInjectedFailure() { return IovoxResponse.error(.internalServerError) }
        guard let account = authenticate(request) else { return IovoxResponse.error(.unauthorized) }
        let output: IovoxOutput
        switch Self.checkRoute(request) {
        case .failure(let refusal): return IovoxResponse.error(refusal)
        case .success(let format): output = format
        }
        switch IovoxSendRequest.read(request.body) {
        case .failure(let refusal):
            return IovoxResponse.errors(refusal.errors, output: output)
        case .success(let send):
            let now = environment.clock.now
            // Random version-4 UUIDs, as the live API gives (`d179cff1-dc73-4549-…` in the log of
            // the-berryman/sms-sender); the seed's example is a version-1 one (docs/providers/iovox.md).
            let activityID = RandomIdentifier.uuid()
            environment.outbox.record(Self.outboxEntry(for: send, activityID: activityID, username: account.username))
            track(IovoxSentMessage(send: send, activityID: activityID, acceptedAt: now))
            return IovoxResponse.created(activityID: activityID, output: output)
        }
    }

    /// The query and method checks, in the document's order: `v`, then `output` (*assumed* place:
    /// a generic check beside the version's), then `method`, then POST. Gives the answer's format.
    static func checkRoute(_ request: HTTPRequest) -> Result<IovoxOutput, IovoxError> {
        let version = queryValue("v", of: request) ?? ""
        if version.isEmpty { return .failure(.apiVersionEmpty) }
        if version != apiVersion { return .failure(.apiVersionInvalid) }
        guard let output = IovoxOutput(query: queryValue("output", of: request)) else { return .failure(.outputTypeInvalid) }
        if queryValue("method", of: request) != method { return .failure(.notFound) }
        if request.method != "POST" { return .failure(.requestMethodNotPOST(request.method)) }
        return .success(output)
    }

    /// A query parameter as PHP's `$_GET` reads it: when a name is repeated, the last value counts.
    static func queryValue(_ name: String, of request: HTTPRequest) -> String? {
        request.queryItems.last { $0.name == name }?.value
    }

    /// Keeps the message for the control route and schedules its receipts.
    private func track(_ message: IovoxSentMessage) {
        _ = state.withLock { $0.messages.append(message) } // The oldest is forgotten once full.
        guard message.needsScheduling else { return }
        let callbacks = environment.callbacks
        for receipt in message.receipts {
            guard let callback = message.callback(for: receipt) else { continue }
            environment.scheduler.schedule(at: message.date(of: receipt)) { callbacks.send(callback) }
        }
    }

    private func authenticate(_ request: HTTPRequest) -> IovoxAccount? {
        let username = request.headers["username"]
        let secureKey = request.headers["secureKey"]
        return state.withLock { state in
            guard let username, let account = state.accounts[username],
                  account.authenticates(username: username, secureKey: secureKey) else { return nil }
            return account
        }
    }

    private func takeInjectedFailure() -> Bool {
        state.withLock { state in
            guard state.pendingFailures > 0 else { return false }
            state.pendingFailures -= 1
            return true
        }
    }

    static func outboxEntry(for send: IovoxSendRequest, activityID: String, username: String) -> OutboxEntry {
        var details: JSONObject = ["sms_activity_id": .string(activityID), "username": .string(username)]
        if let url = send.callbackURL { details["callback_url"] = .string(url) }
        if let headers = send.callbackHeaders { details["callback_url_headers"] = headers.json }
        if let expiry = send.expiry { details["expiry"] = .integer(expiry) }
        if let linkID = send.c2cFailoverLinkID { details["c2c_failover_link_id"] = .string(linkID) }
        return OutboxEntry(provider: IovoxProvider.id, to: send.destination.e164, from: send.origin, text: send.message, details: details)
    }

    // MARK: - Control

    public func reset() {
        state.withLock { $0 = State(messageCapacity: messageCapacity) }
    }

    public var accountsJSON: JSONValue {
        state.withLock { state in .array(state.accounts.values.sorted { $0.username < $1.username }.map(\.json)) }
    }

    public func configureAccount(_ description: JSONValue) throws(ControlAPIError) -> JSONValue {
        let account = try IovoxAccount(description: description)
        state.withLock { $0.accounts[account.username] = account }
        return account.json
    }

    /// `iovox/failures`: `POST {"count": N}` makes the next N requests on `/SMS` answer 500
    /// Internal Server Error (0 clears); `GET` shows how many are left.
    ///
    /// `iovox/messages`: `GET` lists the accepted SMS, oldest first, each with its receipts so far,
    /// its current status and its text-to-speech failover call (``IovoxSentMessage/json(at:)``).
    public func handleControl(_ request: HTTPRequest, route: String) -> HTTPResponse? {
        if route == "iovox/messages" {
            guard request.method == "GET" else { return ControlAPI.error(405, "\(request.method) is not allowed on \(request.path); use GET") }
            let now = environment.clock.now
            return .json(200, .array(state.withLock { $0.messages.elements }.map { $0.json(at: now) }))
        }
        guard route == "iovox/failures" else { return nil }
        switch request.method {
        case "GET":
            return .json(200, ["count": .integer(state.withLock { $0.pendingFailures })])
        case "POST":
            let count: Int
            do {
                guard let value = try JSONParser.parse(request.body)["count"]?.intValue, value >= 0 else {
                    return ControlAPI.error(400, "expected {\"count\": N} with N an integer ≥ 0: the next N sendSms requests answer 500")
                }
                count = value
            } catch {
                return ControlAPI.error(400, "body is not JSON: \(error)")
            }
            state.withLock { $0.pendingFailures = count }
            return .json(200, ["count": .integer(count)])
        default:
            return ControlAPI.error(405, "\(request.method) is not allowed on \(request.path); use GET or POST")
        }
    }
}
