import Foundation
import StructuredData
import Wire

/// `GET /sms` (filtered, ordered, paged), `GET`/`DELETE /sms/{uuid}`, the batch operations and the
/// per-SMS link collections.
extension LOX24Fake {
    /// The account's SMS with that uuid, unless deleted.
    func message(_ uuid: String, for account: LOX24Account) -> LOX24Message? {
        let message = state.withLock { $0.retained[uuid] }
        guard let message, !message.isDeleted, message.accountToken == account.token else { return nil }
        return message
    }

    func show(uuid: String, for account: LOX24Account, format: LOX24Format, requestID: String) -> HTTPResponse {
        guard let message = message(uuid, for: account) else { return LOX24Problem.response(404, detail: "Not Found", requestID: requestID) }
        return format.response(200, format.resource(message.json(at: environment.clock.now)), requestID: requestID)
    }

    /// `DELETE /sms/{uuid}`: 204 with no body, 404 when the account has no such SMS (OpenAPI § /sms/{uuid} › delete).
    func delete(uuid: String, for account: LOX24Account, requestID: String) -> HTTPResponse {
        let deleted = state.withLock { state -> Bool in
            guard var message = state.retained[uuid], !message.isDeleted, message.accountToken == account.token else { return false }
            message.isDeleted = true
            state.retained.keep(message, for: uuid)
            return true
        }
        guard deleted else { return LOX24Problem.response(404, detail: "Not Found", requestID: requestID) }
        return HTTPResponse(status: 204, headers: ["X-LOX24-REQUEST-ID": requestID])
    }

    /// The account's SMS, oldest first, deleted ones left out.
    private func messages(of account: LOX24Account) -> [LOX24Message] {
        state.withLock { state in state.retained.values.filter { $0.accountToken == account.token && !$0.isDeleted } }
    }

    func list(_ query: LOX24ListQuery, path: String, for account: LOX24Account, format: LOX24Format, requestID: String) -> HTTPResponse {
        let page: Int
        do { page = try query.page() } catch { return LOX24Problem.response(400, detail: "Page should not be less than 1", requestID: requestID) }
        let now = environment.clock.now
        let matching = query.matching(messages(of: account), at: now)
        let (offset, overflow) = (page - 1).multipliedReportingOverflow(by: LOX24ListQuery.pageSize)
        let start = overflow ? matching.count : min(matching.count, offset)
        let members = matching[start..<min(matching.count, start + LOX24ListQuery.pageSize)].map { $0.json(at: now) }
        let view = Self.view(path: path, query: query, page: page, totalItems: matching.count)
        let body = format.collection(id: path, members: members, totalItems: matching.count, view: view)
        return format.response(200, body, requestID: requestID)
    }

    /// An empty collection: `/sms/clicks` and a resource's `requests` and `clicks` (the fake makes no short links).
    func emptyCollection(id: String, query: LOX24ListQuery, format: LOX24Format, requestID: String) -> HTTPResponse {
        let page: Int
        do { page = try query.page() } catch { return LOX24Problem.response(400, detail: "Page should not be less than 1", requestID: requestID) }
        let view = Self.view(path: id, query: query, page: page, totalItems: 0)
        return format.response(200, format.collection(id: id, members: [], totalItems: 0, view: view), requestID: requestID)
    }

    /// API Platform's `hydra:PartialCollectionView`: `@id` (this page), `hydra:first`, `hydra:last`, and
    /// `hydra:previous`/`hydra:next` where there is such a page; each link keeps the query's filters.
    static func view(path: String, query: LOX24ListQuery, page: Int, totalItems: Int) -> JSONValue {
        let filters = query.parameters.encoded(without: "page")
        func link(_ number: Int) -> JSONValue {
            .string(path + "?" + (filters + ["page=\(number)"]).joined(separator: "&"))
        }
        let last = max(1, (totalItems + LOX24ListQuery.pageSize - 1) / LOX24ListQuery.pageSize)
        var view: JSONObject = ["@id": link(page), "@type": "hydra:PartialCollectionView", "hydra:first": link(1), "hydra:last": link(last)]
        if page > 1 { view["hydra:previous"] = link(page - 1) }
        if page < last { view["hydra:next"] = link(page + 1) }
        return .object(view)
    }

    /// `POST /sms/ops/batch_cancel`: stops every matching SMS that has not left the queue (a future
    /// `delivery_at`, or the second before the hand-over); they get status 6000 and no webhook.
    /// Answers `{"deleted_sms_count": N}`: the OpenAPI document's `schema.sms-batch-cancel-response` names
    /// the member so (`property.sms.deleted_sms_count_cancel`); lox24-client-php's tests mock
    /// `canceled_sms_count`, and the client reads whichever member comes first.
    func batchCancel(_ query: LOX24ListQuery, for account: LOX24Account, requestID: String) -> HTTPResponse {
        let now = environment.clock.now
        let count = state.withLock { state -> Int in
            let candidates = state.retained.values.filter { $0.accountToken == account.token && !$0.isDeleted }
            var stopped = 0
            for var message in query.matching(candidates, at: now) where message.lifecycle.isStoppable(at: now) {
                message.lifecycle.stoppedAt = now
                state.retained.keep(message, for: message.uuid)
                stopped += 1
            }
            return stopped
        }
        return .json(200, ["deleted_sms_count": .integer(count)], contentType: "application/json; charset=utf-8", headers: ["X-LOX24-REQUEST-ID": requestID])
    }

    /// `POST /sms/ops/batch_delete`: deletes every matching SMS. Answers `{"deleted_sms_count": N}`
    /// (`schema.sms-batch-delete-response`).
    func batchDelete(_ query: LOX24ListQuery, for account: LOX24Account, requestID: String) -> HTTPResponse {
        let now = environment.clock.now
        let count = state.withLock { state -> Int in
            let candidates = state.retained.values.filter { $0.accountToken == account.token && !$0.isDeleted }
            let matching = query.matching(candidates, at: now)
            for var message in matching {
                message.isDeleted = true
                state.retained.keep(message, for: message.uuid)
            }
            return matching.count
        }
        return .json(200, ["deleted_sms_count": .integer(count)], contentType: "application/json; charset=utf-8", headers: ["X-LOX24-REQUEST-ID": requestID])
    }
}
