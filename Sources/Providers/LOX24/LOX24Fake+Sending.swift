import Foundation
import SMSDomain
import StructuredData
import Wire

/// `POST /sms` and `POST /sms/dryrun`, and the `sms.delivery` webhooks that follow a send.
extension LOX24Fake {
    /// The uuid every dry run answers with (the OpenAPI document's `POST /sms/dryrun` and its examples).
    static let dryRunUUID = "11111111-2222-3333-4444-555555555555"

    /// Validates and prices a send. A real one is debited, kept, put in the outbox and notified; a dry run
    /// (`dryRun`) answers the same resource under ``dryRunUUID`` and changes nothing: no funds check, no
    /// debit, no resource, no outbox entry, no webhook.
    func send(_ request: HTTPRequest, from account: LOX24Account, dryRun: Bool, format: LOX24Format, requestID: String) -> HTTPResponse {
        let mediaType = request.mediaType ?? ""
        guard ["application/json", "application/ld+json"].contains(mediaType) else {
            return LOX24Problem.response(
                415, detail: "The content-type \"\(mediaType)\" is not supported. Supported MIME types are \"application/ld+json\", \"application/json\".",
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
            uuid: dryRun ? Self.dryRunUUID : RandomIdentifier.uuid(), request: valid, accountToken: account.token, keyID: account.keyID,
            clientIP: request.remoteAddress ?? "127.0.0.1", createdAt: Int(now.timeIntervalSince1970.rounded(.down)), price: price,
            lifecycle: LOX24Lifecycle(acceptedAt: now, deliveryAt: valid.deliveryAt, outcome: .forDestination(valid.phone.e164)))
        if dryRun { return format.response(201, format.resource(message.json(at: now)), requestID: requestID) }
        let accepted = state.withLock { state -> Bool in
            guard let current = state.accounts[account.token], current.balance >= price else { return false }
            state.accounts[account.token]?.balance = current.balance - price
            state.retained.keep(message, for: message.uuid)
            return true
        }
        guard accepted else { return LOX24Problem.response(402, detail: LOX24Problem.notEnoughFunds, requestID: requestID) }
        environment.outbox.record(outboxEntry(for: message))
        if account.webhookURL != nil { scheduleNotifications(for: message) }
        return format.response(201, format.resource(message.json(at: now)), requestID: requestID)
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

    // MARK: - Webhook

    /// Schedules an `sms.delivery` event at each moment the SMS's state changes (``LOX24Lifecycle/notificationTimes``).
    private func scheduleNotifications(for message: LOX24Message) {
        for time in message.lifecycle.notificationTimes {
            environment.scheduler.schedule(at: time) { [self] in notify(message.uuid, at: time) }
        }
    }

    /// Posts the SMS's state at `time` to its account's webhook as it is configured now: nothing when the
    /// webhook was removed, the SMS deleted, or stopped before `time`.
    private func notify(_ uuid: String, at time: Date) {
        let found = state.withLock { state -> (LOX24Message, String)? in
            guard let message = state.retained[uuid], !message.isDeleted, let url = state.accounts[message.accountToken]?.webhookURL else { return nil }
            return (message, url)
        }
        guard let (message, url) = found, message.lifecycle.state(at: time) != .stopped else { return }
        LOX24WebhookSender(environment: environment).deliver(LOX24DeliveryEvent(message, at: time), to: url, at: time)
    }
}
