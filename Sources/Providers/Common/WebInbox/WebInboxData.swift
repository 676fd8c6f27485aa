import Foundation
import StructuredData
import Wire

/// The JSON the web inbox page reads, under `/__fake/ui/api/…`, paged so ten thousand outbox
/// entries cost one page each:
///
/// | request | answer |
/// |---|---|
/// | `GET summary` | provider, fake time, counts, waiting faults |
/// | `GET conversations?offset&limit&q` | destinations, newest first, with their latest SMS |
/// | `GET messages?to&offset&limit` | one destination's SMS, newest first, with parts, price and timeline |
/// | `GET journal?offset&limit&q` | the request journal, newest first, refused ones with the answer |
struct WebInboxData: Sendable {
    let provider: String
    let fake: any ProviderFake
    let environment: FakeEnvironment
    let refusals: RefusedAnswers
    let smtpURL: @Sendable () -> String?

    /// The answer for `route` (after `ui/api/`), or nil when there is no such route.
    func answer(_ route: String, _ request: HTTPRequest) -> HTTPResponse? {
        do {
            switch route {
            case "summary": return .json(200, summary)
            case "conversations": return .json(200, conversations(try InboxPage(request)))
            case "messages":
                guard let to = request.queryValue("to"), !to.isEmpty else { return ControlAPI.error(400, "query parameter to (the destination) is required") }
                return .json(200, messages(to: to, try InboxPage(request)))
            case "journal": return .json(200, journal(try InboxPage(request)))
            default: return nil
            }
        } catch {
            return ControlAPI.error(400, error.message)
        }
    }

    var summary: JSONValue {
        [
            "provider": .string(provider), "now": .string(environment.clock.now.formatted(.iso8601)),
            "unix": .number(environment.clock.now.timeIntervalSince1970),
            "outbox_recorded": .integer(environment.outbox.recordedCount), "outbox_capacity": .integer(environment.outbox.capacity),
            "outbox_dropped": .integer(environment.outbox.droppedCount), "journal_sequence": .integer(environment.journal.lastSequence),
            "faults": environment.faults.json, "smtp_url": smtpURL().map(JSONValue.string) ?? .null,
        ]
    }

    func conversations(_ page: InboxPage) -> JSONValue {
        // One pass over the outbox keeping positions, not entries: the newest SMS of each destination and its count.
        let entries = environment.outbox.entries
        var latest: [String: (index: Int, count: Int)] = [:]
        for (index, entry) in entries.enumerated() where page.filter.isEmpty || page.matches(entry.to, entry.from, entry.text) {
            latest[entry.to, default: (index, 0)] = (index, (latest[entry.to]?.count ?? 0) + 1)
        }
        let ordered = latest.values.sorted { $0.index > $1.index }
        return [
            "total": .integer(ordered.count), "offset": .integer(page.offset), "limit": .integer(page.limit),
            "conversations": .array(page.slice(ordered).map { position in
                let item = (entry: entries[position.index], count: position.count)
                return [
                    "to": .string(item.entry.to), "count": .integer(item.count), "outcome": .string(DeliveryOutcome.forDestination(item.entry.to).rawValue),
                    "last": ["from": .string(item.entry.from), "text": .string(String(item.entry.text.prefix(120))),
                             "sequence": .integer(item.entry.sequence), "unix": item.entry.acceptedAt.map { .number($0.timeIntervalSince1970) } ?? .null],
                ]
            }),
        ]
    }

    func messages(to: String, _ page: InboxPage) -> JSONValue {
        let all = environment.outbox.entries.filter { $0.to == to }.reversed().map { $0 }
        let callbacks = environment.callbacks.records
        return [
            "to": .string(to), "total": .integer(all.count), "offset": .integer(page.offset), "limit": .integer(page.limit),
            "messages": .array(page.slice(all).map { message($0, callbacks: callbacks) }),
        ]
    }

    func message(_ entry: OutboxEntry, callbacks: [CallbackRecord]) -> JSONValue {
        [
            "sequence": .integer(entry.sequence), "provider": .string(entry.provider), "to": .string(entry.to), "from": .string(entry.from),
            "text": .string(entry.text), "encoding": .string(entry.encoding.rawValue),
            "accepted_at": entry.acceptedAt.map { .string($0.formatted(.iso8601)) } ?? .null,
            "price": (fake as? any WebInboxPricing)?.price(of: entry).map(JSONValue.string) ?? .null,
            "layout": MessageParts(text: entry.text, encoding: entry.encoding).json,
            "timeline": DeliveryTimeline(entry: entry, callbacks: callbacks).json,
            "details": .object(entry.details),
        ]
    }

    func journal(_ page: InboxPage) -> JSONValue {
        let answers = refusals.bySequence
        var entries: [JSONValue] = []
        for entry in environment.journal.entries.reversed() {
            guard case .object(var object) = entry.json else { continue }
            let status = object["status"]?.intValue ?? object["reply_code"]?.intValue
            object["refused"] = .bool(status.map { $0 >= 400 } ?? true)
            if let answer = answers[entry.sequence] {
                object["answer"] = ["status": .integer(answer.status), "content_type": answer.contentType.map(JSONValue.string) ?? .null, "body": .string(answer.body)]
            }
            let value = JSONValue.object(object)
            if page.matches(JSONWriter.string(value)) { entries.append(value) }
        }
        return [
            "total": .integer(entries.count), "offset": .integer(page.offset), "limit": .integer(page.limit),
            "entries": .array(Array(page.slice(entries))),
        ]
    }
}
