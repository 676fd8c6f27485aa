import Foundation
import StructuredData

/// One `sms.delivery` event (doc.lox24.eu/info/notifications/, `provider-facts.md` § lox24): an SMS's
/// state at the moment it changed, posted to the account's webhook as the documented envelope.
struct LOX24DeliveryEvent: Sendable, Equatable {
    /// The envelope's `api_version`.
    static let apiVersion = "2022-05-25"
    /// The envelope's `name`.
    static let name = "sms.delivery"

    /// The event's `id`, the same on every attempt.
    var eventID: String
    /// `notification_task_id`: the delivery of this event to this webhook, the same on every attempt (assumed).
    var taskID: String
    /// Unix seconds of the change the event reports.
    var createdAt: Int
    /// The SMS's uuid (`data.id`).
    var smsID: String
    var keyID: Int
    var state: LOX24DeliveryState
    var callbackData: String?

    /// The event for `message` as it stood at `time`, with fresh ids.
    init(_ message: LOX24Message, at time: Date) {
        eventID = RandomIdentifier.uuid()
        taskID = RandomIdentifier.uuid()
        createdAt = Int(time.timeIntervalSince1970.rounded(.down))
        smsID = message.uuid
        keyID = message.keyID
        state = message.lifecycle.state(at: time)
        callbackData = message.request.callbackData
    }

    /// The envelope of one attempt, fields in the documented order.
    func envelope(attempt: Int) -> JSONValue {
        [
            "id": .string(eventID),
            "api_version": .string(Self.apiVersion),
            "name": .string(Self.name),
            "created_at": .integer(createdAt),
            "attempt_number": .integer(attempt),
            // `attempt_total`, as every webhook example of LOX24's OpenAPI document names it
            // (doc.lox24.eu/info/notifications/ writes `attempts_total`).
            "attempt_total": .integer(LOX24WebhookSender.attemptsTotal),
            "data": [
                "id": .string(smsID),
                "key_id": .integer(keyID),
                "dlr_code": .integer(state.dlrCode),
                "status_code": .integer(state.statusCode),
                "callback_data": callbackData.map(JSONValue.string) ?? .null,
            ],
            "notification_task_id": .string(taskID),
        ]
    }
}

/// Posts `sms.delivery` events to a webhook, trying again in fake time until one attempt is answered
/// 2xx or ``attemptsTotal`` attempts have been made.
///
/// Each attempt carries its own `attempt_number`, so the retries are scheduled here, each a new
/// ``Callback`` without a ``RetryPolicy`` (the dispatcher's retries resend the same bytes).
struct LOX24WebhookSender: Sendable {
    /// `attempt_total`: the first attempt and three retries, as the documented example shows `"attempts_total": 4` (interval assumed).
    static let attemptsTotal = 4
    /// Fake seconds from one attempt to the next (assumed; the documents give none).
    static let retryInterval: TimeInterval = 60

    let environment: FakeEnvironment

    /// Posts attempt `attempt` of `event` to `url`, due at `time`; the next attempt is due ``retryInterval`` later unless this one is accepted.
    func deliver(_ event: LOX24DeliveryEvent, to url: String, attempt: Int = 1, at time: Date) {
        let acceptance = CallbackAcceptance()
        environment.callbacks.send(acceptance.noting(.json(url, event.envelope(attempt: attempt))), attempt: attempt)
        guard attempt < Self.attemptsTotal else { return }
        let next = time.addingTimeInterval(Self.retryInterval)
        environment.scheduler.schedule(at: next) { [self] in
            environment.callbacks.drain(timeout: .seconds(15))
            guard !acceptance.isAccepted else { return }
            deliver(event, to: url, attempt: attempt + 1, at: next)
        }
    }
}
