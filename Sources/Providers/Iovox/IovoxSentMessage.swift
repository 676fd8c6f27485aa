import Foundation
import StructuredData
import Wire

/// An SMS the fake accepted, with everything its delivery receipts need. Its state is never stored:
/// it follows from the acceptance time, the destination's ``DeliveryOutcome``, `expiry` and the clock.
struct IovoxSentMessage: Sendable {
    /// Headers `callback_url_headers` may not set: they frame the request, the fake sets them.
    static let framingHeaders: Set<String> = ["host", "content-length", "transfer-encoding", "connection"]

    /// The request as accepted: destination, `callback_url` and its headers, `expiry`, `c2c_failover_link_id`.
    var send: IovoxSendRequest
    var activityID: String
    var acceptedAt: Date
    var outcome: DeliveryOutcome
    /// Every receipt, earliest first (sent only when there is a `callback_url`).
    var receipts: [IovoxDeliveryReceipt]

    init(send: IovoxSendRequest, activityID: String, acceptedAt: Date) {
        self.send = send
        self.activityID = activityID
        self.acceptedAt = acceptedAt
        outcome = DeliveryOutcome.forDestination(send.destination.e164)
        receipts = IovoxDeliveryTimeline.receipts(for: outcome, expiryMinutes: send.expiry)
    }

    /// When a receipt is due.
    func date(of receipt: IovoxDeliveryReceipt) -> Date {
        acceptedAt.addingTimeInterval(receipt.offset)
    }

    /// The receipt's JSON, keys in the seed's order; `receipt_timestamp` is when it was due.
    func body(of receipt: IovoxDeliveryReceipt) -> JSONValue {
        [
            "sms_activity_id": .string(activityID),
            "delivery_status": .string(receipt.state.deliveryStatus),
            "status_reason": .string(receipt.state.statusReason),
            "receipt_timestamp": .string(IovoxReceiptTimestamp.string(date(of: receipt))),
            "status": .string(receipt.state.status),
        ]
    }

    /// The receipt as a POST to `callback_url` carrying `callback_url_headers` as HTTP headers (any
    /// 2xx answer counts, no retries: *assumed*, the seed says nothing of either); nil without a URL.
    func callback(for receipt: IovoxDeliveryReceipt) -> Callback? {
        guard let callbackURL = send.callbackURL else { return nil }
        var headers = HTTPHeaders()
        for header in send.callbackHeaders?.headers ?? [] where !Self.framingHeaders.contains(header.name.lowercased()) {
            headers.add(name: header.name, value: header.value)
        }
        return .json(callbackURL, body(of: receipt), headers: headers)
    }

    /// The failover call: the receipt that starts it (the first FAILED or EXPIRED) when a link id is set.
    var failover: IovoxDeliveryReceipt? {
        guard send.c2cFailoverLinkID != nil else { return nil }
        return receipts.first { $0.state.triggersFailover }
    }

    /// Whether anything happens after acceptance that needs the scheduler.
    var needsScheduling: Bool { send.callbackURL != nil }

    /// The message as `GET /__fake/iovox/messages` shows it at `now`: its receipts so far, its current
    /// status, and the text-to-speech failover call once it has been made.
    func json(at now: Date) -> JSONValue {
        let due = receipts.filter { date(of: $0) <= now }
        var object: JSONObject = [
            "sms_activity_id": .string(activityID),
            "destination": .string(send.destination.e164),
            "outcome": .string(outcome.rawValue),
            "status": due.last.map { .string($0.state.status) } ?? .null,
            "receipts": .array(due.map(body(of:))),
        ]
        if let callbackURL = send.callbackURL { object["callback_url"] = .string(callbackURL) }
        if let expiry = send.expiry { object["expiry"] = .integer(expiry) }
        if let c2cFailoverLinkID = send.c2cFailoverLinkID {
            object["c2c_failover_link_id"] = .string(c2cFailoverLinkID)
            if let failover, date(of: failover) <= now {
                object["c2c_failover"] = [
                    "link_id": .string(c2cFailoverLinkID), "after": .string(failover.state.status),
                    "at": .string(IovoxReceiptTimestamp.string(date(of: failover))),
                ]
            } else {
                object["c2c_failover"] = .null
            }
        }
        return .object(object)
    }
}
