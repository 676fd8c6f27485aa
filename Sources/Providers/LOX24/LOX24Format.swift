import StructuredData
import Wire

/// The two formats LOX24's API Platform answers in, chosen by the request's `Accept` header.
///
/// LOX24's OpenAPI document lists `application/ld+json` and `application/json` for every read; its
/// code samples send `Accept: application/json` ("or application/ld+json"). JSON-LD carries
/// `@context`, `@id`, `@type` and a `hydra:Collection` for lists; plain JSON has none of the `@`
/// keys, and a list is a plain array. Error bodies are problem documents either way.
enum LOX24Format: Equatable, Sendable {
    case jsonLD
    case json

    /// The format for an `Accept` header: the supported media range with the highest `q`, the first
    /// listed on a tie; `*/*`, `application/*`, a missing header and only unsupported types give
    /// JSON-LD (API Platform's first format; answering unsupported types with it instead of 406 is assumed).
    init(accept: String?) {
        var best: (format: LOX24Format, quality: Double)?
        for range in (accept ?? "").split(separator: ",") {
            let parameters = range.split(separator: ";").map { $0.trimmingWhitespace().lowercased() }
            guard let type = parameters.first else { continue }
            let quality = parameters.dropFirst().compactMap { parameter -> Double? in
                guard parameter.hasPrefix("q=") else { return nil }
                return Double(parameter.dropFirst(2))
            }.first ?? 1
            let format: LOX24Format? = switch type {
            case "application/ld+json", "*/*", "application/*": .jsonLD
            case "application/json": .json
            default: nil
            }
            guard let format, quality > 0 else { continue }
            if best.map({ quality > $0.quality }) ?? true { best = (format, quality) }
        }
        self = best?.format ?? .jsonLD
    }

    /// The `Content-Type` of a resource or collection in this format.
    var contentType: String {
        switch self {
        case .jsonLD: "application/ld+json; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        }
    }

    /// A resource in this format: JSON-LD as given, plain JSON without its `@` keys.
    func resource(_ jsonLD: JSONValue) -> JSONValue {
        guard self == .json, case .object(let object) = jsonLD else { return jsonLD }
        return .object(JSONObject(object.members.filter { !$0.key.hasPrefix("@") }.map { ($0.key, $0.value) }))
    }

    /// A collection page in this format: a `hydra:Collection` with `hydra:member`, `hydra:totalItems`
    /// and `hydra:view`, or the plain array of its members.
    func collection(id: String, members: [JSONValue], totalItems: Int, view: JSONValue) -> JSONValue {
        switch self {
        case .json:
            return .array(members.map(resource))
        case .jsonLD:
            let object: JSONObject = [
                "@context": "/contexts/sms",
                "@id": .string(id),
                "@type": "hydra:Collection",
                "hydra:member": .array(members),
                "hydra:totalItems": .integer(totalItems),
                "hydra:view": view,
            ]
            return .object(object)
        }
    }

    /// A 200/201 answer carrying `body` in this format and the request id.
    func response(_ status: Int, _ body: JSONValue, requestID: String) -> HTTPResponse {
        .json(status, body, contentType: contentType, headers: ["X-LOX24-REQUEST-ID": requestID])
    }
}

private extension Substring {
    func trimmingWhitespace() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
