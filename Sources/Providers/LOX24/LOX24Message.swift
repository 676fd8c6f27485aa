import Foundation
import StructuredData

/// An SMS resource the fake created, as `POST /sms` returns it and `GET /sms/{uuid}` shows it.
///
/// `status_code`, `dlr_code`, `is_sent` and `gateway_sent_at` are not stored: they follow from the
/// fake clock through ``lifecycle``.
struct LOX24Message: Sendable {
    var uuid: String
    var request: LOX24SendRequest
    /// The token of the account that sent it; other accounts cannot see it.
    var accountToken: String
    var keyID: Int
    var clientIP: String
    var createdAt: Int
    var price: Double
    /// When it moves, and how it ends.
    var lifecycle: LOX24Lifecycle
    /// Deleted by `DELETE /sms/{uuid}` or `POST /sms/ops/batch_delete`: no longer shown, listed or notified.
    var isDeleted = false

    /// The JSON-LD resource as it stands at `now`, keys in the order of the seed's response example.
    func json(at now: Date) -> JSONValue {
        let id = "/sms/\(uuid)"
        let state = lifecycle.state(at: now)
        let object: JSONObject = [
            "@context": "/contexts/sms",
            "@id": .string(id),
            "@type": "sms",
            "text": .string(request.isTextDeleted ? "" : request.text),
            "sender_id": .string(request.senderID),
            "phone": .string(request.phone.e164),
            "delivery_at": .integer(request.deliveryAt),
            "status_code": .integer(state.statusCode),
            "gateway_sent_at": .integer(state.gatewaySentAt),
            "source": .integer(request.source ?? 0),
            "dlr_code": .integer(state.dlrCode),
            "ip": .string(clientIP),
            "created_at": .integer(createdAt),
            "is_unicode": .bool(request.segments.encoding == .ucs2),
            "uuid": .string(uuid),
            "iso2": request.phone.regionCode.map(JSONValue.string) ?? .null,
            "voice_lang": request.voiceLang.map(JSONValue.string) ?? .null,
            "parts_count": .integer(request.segments.parts),
            "chars_count": .integer(request.segments.characters),
            "callback_data": request.callbackData.map(JSONValue.string) ?? .null,
            "bulk_id": .null,
            "key_id": .integer(keyID),
            "service_code": .string(request.serviceCode),
            "is_text_deleted": .bool(request.isTextDeleted),
            "price": .number(price),
            "is_sent": .bool(state.isSent),
            "requests": .string("\(id)/requests"),
            "clicks": .string("\(id)/clicks"),
            "attempts_count_max": request.attemptsCountMax.map(JSONValue.integer) ?? .null,
        ]
        return .object(object)
    }

    /// The price of an SMS of `parts` parts to `region`, in EUR, rounded to four decimals.
    static func price(parts: Int, region: String?) -> Double {
        ((Double(parts) * partPrice(region: region)) * 10_000).rounded() / 10_000
    }

    /// The price of one part by destination, in EUR. The seed's example prices a US SMS at 0.056;
    /// the other figures are assumed (a live recording settles them).
    static func partPrice(region: String?) -> Double {
        switch region {
        case "US": 0.056
        case "DE": 0.075
        default: 0.089
        }
    }
}
