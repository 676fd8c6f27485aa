import Foundation
import SMSDomain
import StructuredData
import Synchronization
import Wire

/// The LOX24 SMS API as seed 003, LOX24's OpenAPI document and `provider-facts.md` § lox24 document it.
///
/// Routes (``LOX24Route``): `POST /sms` and `POST /sms/dryrun` (``send(_:from:dryRun:format:requestID:)``),
/// `GET`/`HEAD /sms` with filters and pages, `GET`/`HEAD`/`DELETE /sms/{uuid}`, the batch operations
/// `POST /sms/ops/batch_cancel|batch_delete`, and the link collections (`LOX24Fake+Reading.swift`).
/// Order of checks on every request: route (404) and method (405), lockout (429), credentials (401),
/// activation (403); then for a send the body (415, 400), constraints (422), funds (402, not for a dry
/// run), and 201 with the resource. Every answer carries `X-LOX24-REQUEST-ID`; reads and sends answer
/// in the format the `Accept` header asks for (``LOX24Format``).
///
/// After acceptance each SMS moves through ``LOX24Lifecycle`` in fake time, its end chosen by the
/// destination's ``DeliveryOutcome``; an account with a `webhook_url` gets an `sms.delivery` event
/// at each change (``LOX24WebhookSender``).
public final class LOX24Fake: ProviderFake {
    struct State {
        var accounts: [String: LOX24Account] = [LOX24Account.default.token: .default]
        /// The retained SMS resources by uuid, oldest first.
        var retained: RetainedRing<String, LOX24Message>
        var lockout = BadCredentialLockout()

        init(retainedMessages: Int) {
            retained = RetainedRing(capacity: retainedMessages)
        }
    }

    /// How many SMS resources a fake keeps for `GET /sms/{uuid}` unless told otherwise.
    public static let defaultRetainedMessages = 10_000
    /// How many SMS resources this fake keeps; older ones are forgotten first, so memory stays flat
    /// under sustained load.
    public let retainedMessages: Int
    let environment: FakeEnvironment
    /// Accounts, retained SMS and lockouts; the `+Sending` and `+Reading` extensions share it.
    let state: Mutex<State>

    /// Creates the fake with its default account, keeping the newest `retainedMessages` SMS.
    public init(environment: FakeEnvironment, retainedMessages: Int = defaultRetainedMessages) {
        self.environment = environment
        self.retainedMessages = max(1, retainedMessages)
        state = Mutex(State(retainedMessages: retainedMessages))
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        let requestID = Self.makeRequestID()
        guard let route = LOX24Route(path: request.path) else {
            return LOX24Problem.response(404, detail: "Not Found", requestID: requestID)
        }
        guard route.allowedMethods.contains(request.method) else {
            let allowed = route.allowedMethods.joined(separator: ", ")
            var response = LOX24Problem.response(405, detail: "No route found for \"\(request.method) \(request.path)\": Method Not Allowed (Allow: \(allowed))", requestID: requestID)
            response.headers["Allow"] = allowed
            return response
        }
        let account: LOX24Account
        switch authenticate(request) {
        case .success(let found): account = found
        case .failure(let refusal): return refusal.response(requestID: requestID)
        }
        let format = LOX24Format(accept: request.headers["Accept"])
        let query = LOX24ListQuery(parameters: LOX24QueryParameters(request.queryItems))
        switch route {
        case .collection where request.method == "POST": return send(request, from: account, dryRun: false, format: format, requestID: requestID)
        case .collection: return list(query, path: request.path, for: account, format: format, requestID: requestID)
        case .dryRun: return send(request, from: account, dryRun: true, format: format, requestID: requestID)
        case .clicksCollection: return emptyCollection(id: "/sms/clicks", query: query, format: format, requestID: requestID)
        case .batchCancel: return batchCancel(query, for: account, requestID: requestID)
        case .batchDelete: return batchDelete(query, for: account, requestID: requestID)
        case .item(let uuid) where request.method == "DELETE": return delete(uuid: uuid, for: account, requestID: requestID)
        case .item(let uuid): return show(uuid: uuid, for: account, format: format, requestID: requestID)
        case .requests(let uuid), .clicks(let uuid):
            guard message(uuid, for: account) != nil else { return LOX24Problem.response(404, detail: "Not Found", requestID: requestID) }
            return emptyCollection(id: request.path, query: query, format: format, requestID: requestID)
        }
    }

    // MARK: - Authentication

    private enum AuthRefusal: Error {
        case blocked, unauthorized, notActivated

        func response(requestID: String) -> HTTPResponse {
            switch self {
            case .blocked: LOX24Problem.response(429, detail: LOX24Problem.temporarilyBlocked, requestID: requestID)
            case .unauthorized: LOX24Problem.response(401, detail: LOX24Problem.unauthorized, requestID: requestID)
            case .notActivated: LOX24Problem.response(403, detail: LOX24Problem.notActivated, requestID: requestID)
            }
        }
    }

    private func authenticate(_ request: HTTPRequest) -> Result<LOX24Account, AuthRefusal> {
        let address = request.remoteAddress ?? "unknown"
        let now = environment.clock.now
        let token = request.headers["X-LOX24-AUTH-TOKEN"]
        return state.withLock { state in
            if state.lockout.isLocked(address, at: now) { return .failure(.blocked) }
            guard let token, let account = state.accounts[token] else {
                state.lockout.recordFailure(from: address, at: now)
                return .failure(.unauthorized)
            }
            return account.state == .notActivated ? .failure(.notActivated) : .success(account)
        }
    }

    // MARK: - Control

    public func reset() {
        state.withLock { $0 = State(retainedMessages: retainedMessages) }
    }

    public var accountsJSON: JSONValue {
        state.withLock { state in .array(state.accounts.values.sorted { $0.token < $1.token }.map(\.json)) }
    }

    public func configureAccount(_ description: JSONValue) throws(ControlAPIError) -> JSONValue {
        let token = description["token"]?.stringValue
        let existing = token.flatMap { token in state.withLock { $0.accounts[token] } }
        let account = try LOX24Account(description: description, existing: existing)
        state.withLock { $0.accounts[account.token] = account }
        return account.json
    }

    /// A request id as LOX24 sends it: 32 alphanumeric characters.
    static func makeRequestID() -> String {
        RandomIdentifier.make(length: 32, alphabet: RandomIdentifier.alphanumerics)
    }
}
