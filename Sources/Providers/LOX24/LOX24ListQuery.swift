import Foundation

/// The filters, order and page of `GET /sms` and the batch operations, as LOX24's OpenAPI document
/// lists them (§ paths › /sms › get › parameters; the same filters on `/sms/ops/batch_cancel` and
/// `/sms/ops/batch_delete`) and lox24-client-php's `SmsListFilter` sends them.
///
/// - exact (one value or a list `name[]`): `uuid`, `iso2`, `dlr_code`, `status_code`, `gateway_sent_at`,
///   `delivery_at`, `created_at`, `chars_count`, `parts_count`, `bulk`, `source`, `key_id`, `callback_data`;
/// - partial, ignoring case: `text`, `phone`, `sender_id`, `ip`;
/// - boolean (`1`/`true`, `0`/`false`): `is_sent`, `is_unicode`;
/// - range `name[between]=a..b`, `name[gt|gte|lt|lte]=n`: `created_at`, `gateway_sent_at`,
///   `delivery_at`, `chars_count`, `parts_count`, `source`;
/// - `_order[created_at]`, `_order[gateway_sent_at]` (`asc`/`desc`); without one, newest first
///   (the operation's description: "geordnet nach dem Feld `created_at` in absteigender Ordnung");
/// - `page` (from 1), 30 SMS a page (API Platform's default page size, assumed).
///
/// Unknown parameters and values a filter cannot read are ignored, as API Platform's filters do.
struct LOX24ListQuery: Sendable {
    /// SMS per page.
    static let pageSize = 30

    static let exactFields = ["uuid", "iso2", "dlr_code", "status_code", "gateway_sent_at", "delivery_at", "created_at",
                              "chars_count", "parts_count", "bulk", "source", "key_id", "callback_data"]
    static let partialFields = ["text", "phone", "sender_id", "ip"]
    static let booleanFields = ["is_sent", "is_unicode"]
    static let rangeFields = ["created_at", "gateway_sent_at", "delivery_at", "chars_count", "parts_count", "source"]
    static let orderFields = ["created_at", "gateway_sent_at"]

    let parameters: LOX24QueryParameters

    /// Why a query cannot be answered.
    enum Refusal: Error, Equatable {
        /// `page` below 1 or not a number: API Platform's "Page should not be less than 1" (400).
        case pageBelowOne
    }

    /// The page asked for, 1 when none is given.
    func page() throws(Refusal) -> Int {
        guard let text = parameters.value("page") else { return 1 }
        guard let page = Int(text), page >= 1 else { throw .pageBelowOne }
        return page
    }

    /// The SMS of `messages` every filter admits, in the asked order (oldest first in `messages`).
    func matching(_ messages: [LOX24Message], at now: Date) -> [LOX24Message] {
        let rows = messages.map { LOX24ListRow($0, at: now) }
        let admitted = rows.filter(admits)
        return order(admitted).map(\.message)
    }

    private func admits(_ row: LOX24ListRow) -> Bool {
        for field in Self.exactFields {
            let wanted = parameters.values(field)
            if !wanted.isEmpty, !wanted.contains(where: { row.text(field) == $0 }) { return false }
        }
        for field in Self.partialFields {
            guard let wanted = parameters.value(field), !wanted.isEmpty else { continue }
            guard let value = row.text(field), value.lowercased().contains(wanted.lowercased()) else { return false }
        }
        for field in Self.booleanFields {
            guard let text = parameters.value(field), let wanted = Self.boolean(text) else { continue }
            if row.boolean(field) != wanted { return false }
        }
        for field in Self.rangeFields {
            for (kind, bound) in parameters.map(field) where !Self.inRange(row.number(field), kind: kind, bound: bound) { return false }
        }
        return true
    }

    private func order(_ rows: [LOX24ListRow]) -> [LOX24ListRow] {
        var keys = parameters.map("_order").compactMap { field, direction -> (String, Bool)? in
            guard Self.orderFields.contains(field), let ascending = ["asc": true, "desc": false][direction.lowercased()] else { return nil }
            return (field, ascending)
        }.sorted { $0.0 < $1.0 }
        if keys.isEmpty { keys = [("created_at", false)] }
        let ascendingLast = keys.last?.1 ?? false
        let indexed = Array(rows.enumerated())
        return indexed.sorted { left, right in
            for (field, ascending) in keys {
                let a = left.element.number(field) ?? 0, b = right.element.number(field) ?? 0
                if a != b { return ascending ? a < b : a > b }
            }
            return ascendingLast ? left.offset < right.offset : left.offset > right.offset
        }.map(\.element)
    }

    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "1", "true": true
        case "0", "false": false
        default: nil
        }
    }

    /// Whether `value` passes `field[kind]=bound`; an unknown kind or unreadable bound passes everything.
    static func inRange(_ value: Int?, kind: String, bound: String) -> Bool {
        let value = value ?? 0
        if kind == "between" {
            let ends = bound.components(separatedBy: "..")
            guard ends.count == 2, let low = Int(ends[0]), let high = Int(ends[1]) else { return true }
            return low <= value && value <= high
        }
        guard let limit = Int(bound) else { return true }
        switch kind {
        case "gt": return value > limit
        case "gte": return value >= limit
        case "lt": return value < limit
        case "lte": return value <= limit
        default: return true
        }
    }
}

/// One SMS's filterable fields at one moment, read as the resource shows them.
struct LOX24ListRow {
    let message: LOX24Message
    private let state: LOX24DeliveryState

    init(_ message: LOX24Message, at now: Date) {
        self.message = message
        state = message.lifecycle.state(at: now)
    }

    /// A field as text, for exact and partial matching; nil for a null field.
    func text(_ field: String) -> String? {
        let request = message.request
        switch field {
        case "uuid": return message.uuid
        case "iso2": return request.phone.regionCode
        case "text": return request.isTextDeleted ? "" : request.text
        case "phone": return request.phone.e164
        case "sender_id": return request.senderID
        case "ip": return message.clientIP
        case "callback_data": return request.callbackData
        case "bulk": return nil
        default: return number(field).map(String.init)
        }
    }

    /// A numeric field; nil when the field is not numeric.
    func number(_ field: String) -> Int? {
        let request = message.request
        switch field {
        case "created_at": return message.createdAt
        case "gateway_sent_at": return state.gatewaySentAt
        case "delivery_at": return request.deliveryAt
        case "chars_count": return request.segments.characters
        case "parts_count": return request.segments.parts
        case "source": return request.source ?? 0
        case "dlr_code": return state.dlrCode
        case "status_code": return state.statusCode
        case "key_id": return message.keyID
        default: return nil
        }
    }

    func boolean(_ field: String) -> Bool? {
        switch field {
        case "is_sent": state.isSent
        case "is_unicode": message.request.segments.encoding == .ucs2
        default: nil
        }
    }
}
