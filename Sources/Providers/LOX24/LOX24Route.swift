/// The LOX24 SMS operations the fake answers, read from a request's method and path.
///
/// Paths as LOX24's OpenAPI document lists them (`ghga-de/notification-service`
/// `tests/fixtures/lox24_openapi.json`, § paths): `/sms`, `/sms/dryrun`, `/sms/clicks`,
/// `/sms/ops/batch_cancel`, `/sms/ops/batch_delete`, `/sms/{uuid}`, and the links every resource
/// carries, `/sms/{uuid}/requests` and `/sms/{uuid}/clicks`. Matching is exact, as Symfony's router
/// does it: an empty segment (`//sms`, `/sms/`) matches nothing. HEAD is answered wherever GET is.
enum LOX24Route: Equatable, Sendable {
    /// `GET`/`HEAD /sms` (list), `POST /sms` (send).
    case collection
    /// `POST /sms/dryrun`.
    case dryRun
    /// `GET /sms/clicks`: the SMS with short links and their clicks.
    case clicksCollection
    /// `POST /sms/ops/batch_cancel`.
    case batchCancel
    /// `POST /sms/ops/batch_delete`.
    case batchDelete
    /// `GET`/`HEAD`/`DELETE /sms/{uuid}`.
    case item(String)
    /// `GET /sms/{uuid}/requests`: the short-link requests of one SMS.
    case requests(String)
    /// `GET /sms/{uuid}/clicks`: the short-link clicks of one SMS.
    case clicks(String)

    /// The route of a path (still percent-encoded, without the query), nil when none matches (404).
    init?(path: String) {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard segments.count >= 2, segments[0].isEmpty, segments[1] == "sms", !segments.dropFirst().contains("") else { return nil }
        let rest = Array(segments.dropFirst(2))
        switch (rest.count, rest.first, rest.last) {
        case (0, _, _): self = .collection
        case (1, "dryrun", _): self = .dryRun
        case (1, "clicks", _): self = .clicksCollection
        case (1, let uuid?, _): self = .item(uuid)
        case (2, "ops", "batch_cancel"): self = .batchCancel
        case (2, "ops", "batch_delete"): self = .batchDelete
        case (2, let uuid?, "requests"): self = .requests(uuid)
        case (2, let uuid?, "clicks"): self = .clicks(uuid)
        default: return nil
        }
    }

    /// The methods the route answers, in the order `Allow` lists them.
    var allowedMethods: [String] {
        switch self {
        case .collection: ["GET", "HEAD", "POST"]
        case .dryRun, .batchCancel, .batchDelete: ["POST"]
        case .item: ["GET", "HEAD", "DELETE"]
        case .clicksCollection, .requests, .clicks: ["GET", "HEAD"]
        }
    }
}
