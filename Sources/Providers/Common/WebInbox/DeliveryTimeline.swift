import Foundation
import StructuredData

/// An SMS's life in fake time for the web inbox: accepted, (scheduled,) handed to the network or
/// refused by the gateway, (buffered,) and its final state — as every fake runs it from its
/// ``DeliveryOutcome`` — with each receipt or webhook attempt about it and the receiver's answer.
///
/// Steps carry their fake time; the page shows those at or before the fake clock as done and later
/// ones as due, so a clock advance moves the state without a new timeline.
public struct DeliveryTimeline: Sendable, Equatable {
    /// One moment of the timeline.
    public struct Step: Sendable, Equatable {
        /// `accepted`, `scheduled`, `submitted`, `refused`, `buffered`, a final state (`delivered`, `failed`,
        /// `expired`, `rejected`, `blacklisted`), `unreported`, or `callback`.
        public var state: String
        /// The fake time it happens (or happened).
        public var at: Date
        /// What a person reads beside it.
        public var label: String
        /// For a callback: where it went, which attempt, the receiver's status, whether it counted, or why it failed.
        public var callback: CallbackRecord?
    }

    /// The details keys a provider names its SMS by in receipts and webhooks.
    public static let identifierKeys = ["uuid", "tracking_id", "sms_activity_id", "sms_id"]

    /// The outcome the destination's magic number chose.
    public var outcome: DeliveryOutcome
    /// The steps, earliest first.
    public var steps: [Step]

    /// The timeline of `entry` (none without ``OutboxEntry/acceptedAt``), with the attempts among `callbacks` whose body names it.
    public init(entry: OutboxEntry, callbacks: [CallbackRecord]) {
        outcome = .forDestination(entry.to)
        guard let accepted = entry.acceptedAt else {
            steps = []
            return
        }
        var steps = [Step(state: "accepted", at: accepted, label: "accepted by the fake")]
        let start = max(accepted, Self.scheduledStart(entry.details) ?? accepted)
        if start > accepted { steps.append(Step(state: "scheduled", at: start, label: "leaves the queue (scheduled send)")) }
        let submitted = start.addingTimeInterval(DeliveryOutcome.submitDelay)
        let final = start.addingTimeInterval(outcome.finalDelay)
        switch outcome {
        case .blockedCountry, .noOperator:
            let reason = outcome == .blockedCountry ? "blocked country or destination network" : "no operator found"
            steps.append(Step(state: "refused", at: submitted, label: "refused by the gateway: \(reason)"))
        case .noReceipt:
            steps.append(Step(state: "submitted", at: submitted, label: "handed to the network"))
            steps.append(Step(state: "unreported", at: submitted, label: "never reported (no receipt)"))
        case .buffered:
            steps.append(Step(state: "submitted", at: submitted, label: "handed to the network"))
            steps.append(Step(state: "buffered", at: start.addingTimeInterval(DeliveryOutcome.delivered.finalDelay), label: "buffered: handset not reachable"))
            steps.append(Step(state: "delivered", at: final, label: "delivered"))
        case .delivered, .slow:
            steps.append(Step(state: "submitted", at: submitted, label: "handed to the network"))
            steps.append(Step(state: "delivered", at: final, label: outcome == .slow ? "delivered (slow network)" : "delivered"))
        case .failed, .expired, .rejected, .blacklisted:
            steps.append(Step(state: "submitted", at: submitted, label: "handed to the network"))
            steps.append(Step(state: outcome.rawValue, at: final, label: outcome.rawValue))
        }
        let identifiers = Self.identifiers(entry.details)
        for record in callbacks where Self.names(record.body, anyOf: identifiers) {
            let answer = record.status.map { "answered \($0)" } ?? "no answer: \(record.error ?? "unknown")"
            let label = "\(record.method) \(record.url) — attempt \(record.attempt), \(answer)\(record.accepted ? "" : ", not accepted")"
            steps.append(Step(state: "callback", at: record.at, label: label, callback: record))
        }
        self.steps = steps.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }

    /// When a scheduled send leaves the queue: LOX24's `delivery_at` (unix seconds), rox's `scheduled_at` (ISO 8601).
    static func scheduledStart(_ details: JSONObject) -> Date? {
        if let unix = details["delivery_at"]?.intValue, unix > 0 { return Date(timeIntervalSince1970: TimeInterval(unix)) }
        if let text = details["scheduled_at"]?.stringValue { return ISO8601DateFormatter().date(from: text) }
        return nil
    }

    /// The message's identifiers as text, from ``identifierKeys``.
    static func identifiers(_ details: JSONObject) -> [String] {
        identifierKeys.compactMap { key -> String? in
            guard let value = details[key] else { return nil }
            if let number = value.intValue { return String(number) }
            return value.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// Whether `body` holds one of `identifiers` as a whole token (not inside a longer run of letters and digits).
    static func names(_ body: String, anyOf identifiers: [String]) -> Bool {
        let scalars = Array(body.unicodeScalars)
        func isWordScalar(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && (scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]))
        }
        return identifiers.contains { identifier in
            var searchRange = body.startIndex..<body.endIndex
            while let found = body.range(of: identifier, range: searchRange) {
                let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: found.lowerBound)
                let end = start + identifier.unicodeScalars.count
                if !isWordScalar(start - 1), !isWordScalar(end) { return true }
                searchRange = body.index(after: found.lowerBound)..<body.endIndex
            }
            return false
        }
    }

    /// As the web inbox's JSON: `{"outcome", "steps": [{"state", "at", "unix", "label", "callback"?}]}`.
    public var json: JSONValue {
        [
            "outcome": .string(outcome.rawValue),
            "steps": .array(steps.map { step in
                var object: JSONObject = [
                    "state": .string(step.state), "at": .string(step.at.formatted(.iso8601)),
                    "unix": .number(step.at.timeIntervalSince1970), "label": .string(step.label),
                ]
                if let record = step.callback {
                    object["callback"] = [
                        "url": .string(record.url), "attempt": .integer(record.attempt), "accepted": .bool(record.accepted),
                        "status": record.status.map(JSONValue.integer) ?? .null, "error": record.error.map(JSONValue.string) ?? .null,
                    ]
                }
                return .object(object)
            }),
        ]
    }
}
