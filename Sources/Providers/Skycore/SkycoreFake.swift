import Foundation
import StructuredData
import Synchronization
import Wire

/// Skycore's `sendsms` API as seed 002 and `provider-facts.md` § skycore document it, on `POST /`.
///
/// Order of checks: `x-api-key` (E102 missing, E104 unknown); the account's state (E103 blocked,
/// E109 not activated, E105 no API rights); its IP whitelist (E112); its pacing (E120 daily limit,
/// E106 minimum interval); the body (E100 not a JSON POST body, E108 unparsable JSON); `action`
/// (E101) and the account's right to send (E107); the message fields (``SkycoreSendRequest``);
/// the blacklist (E114); campaigns when Enforce Campaign Check is on (E714, E715); an injected
/// failure (E113, E503, E628); billing (E713). Then the SMS is queued: Success with a tracking id.
/// Every Failure is HTTP 200 (assumed, see ``SkycoreResponse/failureStatus``).
///
/// When the account has a `postback_url`, an accepted SMS gets the MT postbacks of
/// ``SkycorePostbackTimeline`` in fake time, each retried per ``SkycorePostback/retry`` until answered 200.
public final class SkycoreFake: ProviderFake {
    struct State {
        var accounts: [String: SkycoreAccount] = [SkycoreAccount.default.apiKey: .default]
        var pacing: [String: SkycoreCallPacing] = [:]
        /// Failures `POST /__fake/skycore/failures` queued for the next sends, oldest first.
        var injectedFailures: [SkycoreError] = []
        var shortLinksIssued = 0
    }

    let environment: FakeEnvironment
    let state = Mutex(State())

    /// Creates the fake with its default account (`x-api-key: test-api-key`, Enforce Campaign Check off).
    public init(environment: FakeEnvironment) {
        self.environment = environment
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        let body = SkycoreSendRequest.body(of: request)
        let echo = SkycoreResponse.failureEcho(of: try? body.get())
        guard request.path == "/" else { return SkycoreResponse.failure(.invalidRequest, to: echo, status: 404) }
        guard request.method == "POST" else {
            return SkycoreResponse.failure(.invalidRequest, to: echo, status: 405, headers: ["Allow": "POST"])
        }
        switch send(request, body: body) {
        case .success(let response): return response
        case .failure(let error): return SkycoreResponse.failure(error, to: echo)
        }
    }

    private func send(_ request: HTTPRequest, body: Result<JSONObject, SkycoreError>) -> Result<HTTPResponse, SkycoreError> {
        let account: SkycoreAccount
        let fields: JSONObject
        let valid: SkycoreSendRequest
        do throws(SkycoreError) {
            account = try admit(request).get()
            fields = try body.get()
            guard SkycoreSendRequest.isSendSMS(fields) else { return .failure(.invalidAction) }
            guard account.canSendSMS else { return .failure(.noActionRights) }
            valid = try SkycoreSendRequest.validate(fields).get()
            try Self.checkRecipient(valid, of: account)
        } catch {
            return .failure(error)
        }
        return queue(valid, for: account.apiKey).map { message in
            environment.outbox.record(message.outboxEntry)
            if let url = account.postbackURL { schedulePostbacks(for: message, to: url) }
            return SkycoreResponse.success(trackingID: message.trackingID, to: valid.toAsSent, from: valid.from)
        }
    }

    /// Schedules the MT postbacks ``SkycorePostbackTimeline`` gives the destination, to the account's
    /// postback URL as it was when the SMS was accepted; each is stamped with the time it fell due.
    private func schedulePostbacks(for message: SkycoreQueuedMessage, to url: String) {
        let acceptedAt = environment.clock.now
        let outcome = DeliveryOutcome.forDestination(message.request.to.digits)
        let callbacks = environment.callbacks
        for event in SkycorePostbackTimeline.postbacks(for: outcome) {
            let due = acceptedAt.addingTimeInterval(event.offset)
            let body = SkycorePostback.mtBody(message, code: event.code, outcome: outcome, at: due)
            environment.scheduler.schedule(at: due) { callbacks.send(SkycorePostback.callback(url, body)) }
        }
    }

    /// Authenticates the key and applies the account's state, whitelist and pacing rules.
    private func admit(_ request: HTTPRequest) -> Result<SkycoreAccount, SkycoreError> {
        guard let key = request.headers["x-api-key"], !key.isEmpty else { return .failure(.apiKeyRequired) }
        let now = environment.clock.now
        return state.withLock { state in
            guard let account = state.accounts[key] else { return .failure(.invalidAPIKey) }
            if let refusal = account.state.refusal { return .failure(refusal) }
            if !account.ipWhitelist.isEmpty, !account.ipWhitelist.contains(request.remoteAddress ?? "") { return .failure(.ipNotWhitelisted) }
            if let refusal = state.pacing[key, default: SkycoreCallPacing()].admit(at: now, for: account) { return .failure(refusal) }
            return .success(account)
        }
    }

    /// The account's rules on the recipient: blacklist, then campaigns when Enforce Campaign Check is on.
    private static func checkRecipient(_ request: SkycoreSendRequest, of account: SkycoreAccount) throws(SkycoreError) {
        if account.blacklist.contains(request.to.digits) { throw .numberBlacklisted }
        guard account.enforceCampaignCheck else { return }
        guard let campaign = request.campaignRef, account.campaigns[campaign] != nil else { throw .invalidCampaign }
        guard account.isSubscribed(request.to.digits, to: campaign) else { throw .notSubscribed }
    }

    /// Applies an injected failure or the account's billing, then queues the SMS.
    private func queue(_ request: SkycoreSendRequest, for apiKey: String) -> Result<SkycoreQueuedMessage, SkycoreError> {
        state.withLock { state in
            if !state.injectedFailures.isEmpty { return .failure(state.injectedFailures.removeFirst()) }
            guard let account = state.accounts[apiKey], account.billingOK else { return .failure(.billingProblem) }
            let message = SkycoreQueuedMessage(request: request, trackingID: Self.makeTrackingID(), firstShortLink: state.shortLinksIssued + 1)
            if let credits = account.credits {
                guard credits >= message.parts else { return .failure(.billingProblem) }
                state.accounts[apiKey]?.credits = credits - message.parts
            }
            state.shortLinksIssued += message.links.count
            return .success(message)
        }
    }

    // MARK: - Control

    public func reset() {
        state.withLock { $0 = State() }
    }

    public var accountsJSON: JSONValue {
        state.withLock { state in .array(state.accounts.values.sorted { $0.apiKey < $1.apiKey }.map(\.json)) }
    }

    public func configureAccount(_ description: JSONValue) throws(ControlAPIError) -> JSONValue {
        let key = SkycoreAccount.apiKey(in: description)
        let existing = state.withLock { $0.accounts[key] }
        let account = try SkycoreAccount(description: description, existing: existing)
        state.withLock { $0.accounts[account.apiKey] = account }
        return account.json
    }

    /// A tracking id: 12 lowercase alphanumerics, the length of the seed's `xxxxxxxxxxxx`.
    static func makeTrackingID() -> String {
        RandomIdentifier.make(length: 12, alphabet: RandomIdentifier.lowercaseAlphanumerics)
    }
}
