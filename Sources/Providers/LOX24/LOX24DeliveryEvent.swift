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
