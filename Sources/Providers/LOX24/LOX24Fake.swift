import Foundation
import SMSDomain
import StructuredData
import Synchronization
import Wire

/// The LOX24 SMS API as seed 003 and `provider-facts.md` § lox24 document it.
///
/// Order of checks on every request: lockout (429), credentials (401), activation (403); then for
/// `POST /sms` the body (415, 400), constraints (422), funds (402), and 201 with the JSON-LD resource.
/// Every answer carries `X-LOX24-REQUEST-ID`.
///
/// After acceptance each SMS moves through ``LOX24Lifecycle`` in fake time, its end chosen by the
/// destination's ``DeliveryOutcome``; an account with a `webhook_url` gets an `sms.delivery` event
/// at each change (``LOX24WebhookSender``).
public final class LOX24Fake: ProviderFake {
    private struct State {
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
    private let environment: FakeEnvironment
    private let state: Mutex<State>

    /// Creates the fake with its default account, keeping the newest `retainedMessages` SMS.
    public init(environment: FakeEnvironment, retainedMessages: Int = defaultRetainedMessages) {
        self.environment = environment
        self.retainedMessages = max(1, retainedMessages)
        state = Mutex(State(retainedMessages: retainedMessages))
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        let requestID = Self.makeRequestID()
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: true)
        guard segments.first == "sms", segments.count <= 2 else {
            return LOX24Problem.response(404, detail: "Not Found", requestID: requestID)
        }
        let allowedMethods = segments.count == 1 ? ["GET", "POST"] : ["GET"]
        guard allowedMethods.contains(request.method) else {
            let allowed = allowedMethods.joined(separator: ", ")
            var response = LOX24Problem.response(405, detail: "No route found for \"\(request.method) \(request.path)\": Method Not Allowed (Allow: \(allowed))", requestID: requestID)
            response.headers["Allow"] = allowed
            return response
        }
        let account: LOX24Account
        switch authenticate(request) {
        case .success(let found): account = found
        case .failure(let refusal): return refusal.response(requestID: requestID)
        }
        if segments.count == 2 {
            return show(uuid: String(segments[1]), for: account, requestID: requestID)
        }
        return request.method == "GET" ? list(for: account, requestID: requestID) : send(request, from: account, requestID: requestID)
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

    // MARK: - POST /sms

    private func send(_ request: HTTPRequest, from account: LOX24Account, requestID: String) -> HTTPResponse {
        let mediaType = request.mediaType ?? ""
        guard ["application/json", "application/ld+json"].contains(mediaType) else {
            let given = mediaType.isEmpty ? "" : mediaType
            return LOX24Problem.response(
                415, detail: "The content-type \"\(given)\" is not supported. Supported MIME types are \"application/ld+json\", \"application/json\".",
                requestID: requestID)
        }
        let body: JSONObject
        do {
            guard let object = try JSONParser.parse(request.body).objectValue else {
                return LOX24Problem.response(400, detail: "The input data is misformatted.", requestID: requestID)
            }
            body = object
        } catch {
            return LOX24Problem.response(400, detail: "Syntax error", requestID: requestID)
        }
        let valid: LOX24SendRequest
        switch LOX24SendRequest.validate(body, plan: account.numberingPlan) {
        case .success(let request): valid = request
        case .failure(.invalidInput(let violations)): return LOX24Problem.violations(400, violations, requestID: requestID)
        case .failure(.unprocessable(let violations)): return LOX24Problem.violations(422, violations, requestID: requestID)
        }
        let price = LOX24Message.price(parts: valid.segments.parts, region: valid.phone.regionCode)
        let now = environment.clock.now
        let message = LOX24Message(
            uuid: RandomIdentifier.uuid(), request: valid, accountToken: account.token, keyID: account.keyID,
            clientIP: request.remoteAddress ?? "127.0.0.1", createdAt: Int(now.timeIntervalSince1970.rounded(.down)), price: price,
            lifecycle: LOX24Lifecycle(acceptedAt: now, deliveryAt: valid.deliveryAt, outcome: .forDestination(valid.phone.e164)))
        let accepted = state.withLock { state -> Bool in
            guard let current = state.accounts[account.token], current.balance >= price else { return false }
            state.accounts[account.token]?.balance = current.balance - price
            state.retained.keep(message, for: message.uuid)
            return true
        }
        guard accepted else { return LOX24Problem.response(402, detail: LOX24Problem.notEnoughFunds, requestID: requestID) }
        environment.outbox.record(outboxEntry(for: message))
        if account.webhookURL != nil { scheduleNotifications(for: message) }
        return .json(201, message.json(at: now), contentType: "application/ld+json; charset=utf-8", headers: ["X-LOX24-REQUEST-ID": requestID])
    }

    private func outboxEntry(for message: LOX24Message) -> OutboxEntry {
        let request = message.request
        var details: JSONObject = ["uuid": .string(message.uuid), "service_code": .string(request.serviceCode)]
        if request.deliveryAt > 0 { details["delivery_at"] = .integer(request.deliveryAt) }
        if let callbackData = request.callbackData { details["callback_data"] = .string(callbackData) }
        if let voiceLang = request.voiceLang { details["voice_lang"] = .string(voiceLang) }
        return OutboxEntry(
            provider: LOX24Provider.id, to: request.phone.e164, from: request.senderID, text: request.text,
            encoding: request.segments.encoding, details: details)
    }

    // MARK: - GET /sms, GET /sms/{uuid}

    private func show(uuid: String, for account: LOX24Account, requestID: String) -> HTTPResponse {
        let message = state.withLock { $0.retained[uuid] }
        guard let message, message.accountToken == account.token else {
            return LOX24Problem.response(404, detail: "Not Found", requestID: requestID)
        }
        return .json(200, message.json(at: environment.clock.now), contentType: "application/ld+json; charset=utf-8", headers: ["X-LOX24-REQUEST-ID": requestID])
    }

    private func list(for account: LOX24Account, requestID: String) -> HTTPResponse {
        let members = state.withLock { state in
            state.retained.values.filter { $0.accountToken == account.token }
        }
        let now = environment.clock.now
        let collection: JSONObject = [
            "@context": "/contexts/sms",
            "@id": "/sms",
            "@type": "hydra:Collection",
            "hydra:member": .array(members.map { $0.json(at: now) }),
            "hydra:totalItems": .integer(members.count),
        ]
        return .json(200, .object(collection), contentType: "application/ld+json; charset=utf-8", headers: ["X-LOX24-REQUEST-ID": requestID])
    }

    // MARK: - Webhook

    /// Schedules an `sms.delivery` event at each moment the SMS's state changes (``LOX24Lifecycle/notificationTimes``).
    private func scheduleNotifications(for message: LOX24Message) {
        for time in message.lifecycle.notificationTimes {
            environment.scheduler.schedule(at: time) { [self] in notify(message.uuid, at: time) }
        }
    }

    /// Posts the SMS's state at `time` to its account's webhook as it is configured now (nothing when it was removed).
    private func notify(_ uuid: String, at time: Date) {
        let found = state.withLock { state -> (LOX24Message, String)? in
            guard let message = state.retained[uuid], let url = state.accounts[message.accountToken]?.webhookURL else { return nil }
            return (message, url)
        }
        guard let (message, url) = found else { return }
        LOX24WebhookSender(environment: environment).deliver(LOX24DeliveryEvent(message, at: time), to: url, at: time)
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
