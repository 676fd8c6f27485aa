import StructuredData
import Wire

/// Writes HTTP cassettes as an HTTP Archive (HAR 1.2), which browser developer tools and other HAR
/// readers open. Email interactions have no HTTP form and are left out (and counted); webhook
/// interactions (the fake's callbacks, which have no response of their own) are left out and counted apart.
public enum HARExport {
    /// The HAR document for `cassettes`, entries in cassette order; the number of email interactions left out.
    public static func archive(_ cassettes: [Cassette], creatorVersion: String) -> (har: JSONValue, skippedEmails: Int) {
        var entries: [JSONValue] = []
        var skipped = 0
        for cassette in cassettes {
            for interaction in cassette.interactions {
                guard case .http(let request, let response) = interaction.exchange else {
                    if case .email = interaction.exchange { skipped += 1 }
                    continue
                }
                entries.append(entry(cassette: cassette, step: interaction.step, request: request, response: response))
            }
        }
        let log: JSONValue = [
            "log": [
                "version": "1.2",
                "creator": ["name": "smscontract", "version": .string(creatorVersion)],
                "entries": .array(entries),
            ],
        ]
        return (log, skipped)
    }

    /// How many webhook interactions (callbacks the fake sent) `archive` leaves out.
    public static func skippedCallbacks(_ cassettes: [Cassette]) -> Int {
        cassettes.reduce(0) { total, cassette in
            total + cassette.interactions.filter { if case .callbacks = $0.exchange { true } else { false } }.count
        }
    }

    private static func entry(cassette: Cassette, step: String, request: RecordedRequest, response: RecordedResponse) -> JSONValue {
        let base = cassette.target.hasPrefix("http") ? cassette.target : "http://\(cassette.provider).fake.localhost"
        let url = (base.hasSuffix("/") ? String(base.dropLast()) : base) + request.path
        var harRequest: JSONObject = [
            "method": .string(request.method), "url": .string(url), "httpVersion": "HTTP/1.1", "cookies": [],
            "headers": headers(request.headers), "queryString": queryString(request.path), "headersSize": -1,
            "bodySize": .integer(text(request.body)?.utf8.count ?? 0),
        ]
        if let body = text(request.body) {
            harRequest["postData"] = ["mimeType": .string(contentType(request.headers) ?? mimeType(request.body)), "text": .string(body)]
        }
        var content: JSONObject = ["size": .integer(text(response.body)?.utf8.count ?? 0), "mimeType": .string(contentType(response.headers) ?? mimeType(response.body))]
        if case .base64(let data) = response.body {
            content["text"] = .string(data)
            content["encoding"] = "base64"
        } else if let body = text(response.body) {
            content["text"] = .string(body)
        }
        return [
            "startedDateTime": .string(cassette.recordedAt),
            "time": 0,
            "request": .object(harRequest),
            "response": [
                "status": .integer(response.status), "statusText": .string(HTTPResponse.reasonPhrase(for: response.status)), "httpVersion": "HTTP/1.1",
                "cookies": [], "headers": headers(response.headers), "content": .object(content), "redirectURL": "",
                "headersSize": -1, "bodySize": .integer(text(response.body)?.utf8.count ?? 0),
            ],
            "cache": [:],
            "timings": ["send": 0, "wait": 0, "receive": 0],
            "comment": .string("\(cassette.spec) / \(step)"),
        ]
    }

    private static func headers(_ object: JSONObject) -> JSONValue {
        .array(object.flatMap { name, value -> [JSONValue] in
            let values = value.arrayValue ?? [value]
            return values.map { ["name": .string(name), "value": .string($0.stringValue ?? JSONWriter.string($0))] }
        })
    }

    private static func queryString(_ path: String) -> JSONValue {
        guard let question = path.firstIndex(of: "?") else { return [] }
        return .array(path[path.index(after: question)...].split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return ["name": .string(String(parts[0])), "value": .string(parts.count > 1 ? String(parts[1]) : "")]
        })
    }

    private static func contentType(_ headers: JSONObject) -> String? {
        headers.members.first { $0.key.lowercased() == "content-type" }?.value.stringValue
    }

    /// The body as the text that went over the wire (JSON written compactly, XML rebuilt from its mapping).
    private static func text(_ body: RecordedBody) -> String? {
        body.wireText
    }

    private static func mimeType(_ body: RecordedBody) -> String {
        body.harMIMEType
    }
}
