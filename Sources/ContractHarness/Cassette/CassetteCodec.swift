import StructuredData
import Wire

/// Writes cassettes in their canonical form and reads them back.
///
/// The canonical form is two-space indented JSON with a final newline. The cassette's own members
/// (envelope, interaction, request and response fields, headers, SMTP replies and the email as the
/// spec described it) are in byte-wise sorted key order, so a re-recording changes only what
/// changed. **Bodies keep their members in wire order** — the order the client sent them and the
/// provider answered them — because a provider may read members in order (Red Oxygen numbers its
/// messages "1", "2", … in the order sent): a cassette replayed, or exported as HAR, must send what
/// was sent. Reading a cassette keeps the order as written.
public enum CassetteCodec {
    /// The canonical bytes of a cassette.
    public static func encode(_ cassette: Cassette) -> [UInt8] {
        JSONWriter.bytes(json(cassette), style: .pretty) + [UInt8(ascii: "\n")]
    }

    /// A cassette as JSON, members ordered as ``encode(_:)`` writes them.
    public static func json(_ cassette: Cassette) -> JSONValue {
        [
            "cassette_version": .integer(Cassette.formatVersion),
            "interactions": .array(cassette.interactions.map { interaction in
                switch interaction.exchange {
                case .http(let request, let response):
                    ["request": json(request), "response": json(response), "step": .string(interaction.step)]
                case .email(let message, let replies):
                    ["email": message.sortingKeys(), "smtp": .array(replies.map { $0.json.sortingKeys() }), "step": .string(interaction.step)]
                case .callbacks(let requests):
                    ["callbacks": .array(requests.map(json)), "step": .string(interaction.step)]
                }
            }),
            "provider": .string(cassette.provider),
            "recorded_at": .string(cassette.recordedAt),
            "spec": .string(cassette.spec),
            "target": .string(cassette.target),
        ]
    }

    /// A request: sorted fields and headers, the body in wire order.
    static func json(_ request: RecordedRequest) -> JSONValue {
        ["body": request.body.encoded, "headers": .object(request.headers.sortedByKey()), "method": .string(request.method), "path": .string(request.path)]
    }

    /// A response: sorted fields and headers, the body in wire order.
    static func json(_ response: RecordedResponse) -> JSONValue {
        ["body": response.body.encoded, "headers": .object(response.headers.sortedByKey()), "status": .integer(response.status)]
    }

    /// Reads a cassette, reporting every problem with line and field.
    public static func decode(_ bytes: [UInt8], file: String) throws(SpecLoadError) -> Cassette {
        try SpecFieldReader.read(bytes, file: file, with: decode(_:reader:))
    }

    private static func decode(_ root: JSONValue, reader: inout SpecFieldReader) -> Cassette? {
        let path = JSONPath.root
        guard let object = reader.object(root, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: ["cassette_version", "spec", "provider", "recorded_at", "target", "interactions"])
        if let version = reader.integer(object["cassette_version"], at: path.appending("cassette_version"), in: 1...Cassette.formatVersion) {
            _ = version
        } else if object["cassette_version"] == nil {
            reader.report(path.appending("cassette_version"), "required; this build reads version \(Cassette.formatVersion)")
        }
        let spec = reader.string(object["spec"], at: path.appending("spec"))
        let provider = reader.string(object["provider"], at: path.appending("provider"))
        let recordedAt = reader.string(object["recorded_at"], at: path.appending("recorded_at"))
        let target = reader.string(object["target"], at: path.appending("target"))
        var interactions: [Interaction] = []
        if let values = reader.array(object["interactions"], at: path.appending("interactions")) {
            for (index, value) in values.enumerated() {
                if let interaction = decodeInteraction(value, at: path.appending("interactions").appending(index), reader: &reader) {
                    interactions.append(interaction)
                }
            }
        }
        guard let spec, let provider, let recordedAt, let target else { return nil }
        return Cassette(spec: spec, provider: provider, recordedAt: recordedAt, target: target, interactions: interactions)
    }

    private static func decodeInteraction(_ value: JSONValue, at path: JSONPath, reader: inout SpecFieldReader) -> Interaction? {
        guard let object = reader.object(value, at: path) else { return nil }
        if object["email"] != nil || object["smtp"] != nil { return decodeEmailInteraction(object, at: path, reader: &reader) }
        if object["callbacks"] != nil { return decodeCallbacksInteraction(object, at: path, reader: &reader) }
        reader.rejectUnknownKeys(object, at: path, allowed: ["step", "request", "response"])
        let step = reader.string(object["step"], at: path.appending("step"))
        let request = reader.object(object["request"], at: path.appending("request")).flatMap {
            decodeRequest($0, at: path.appending("request"), reader: &reader)
        }
        var response: RecordedResponse?
        if let responseObject = reader.object(object["response"], at: path.appending("response")) {
            let responsePath = path.appending("response")
            reader.rejectUnknownKeys(responseObject, at: responsePath, allowed: ["status", "headers", "body"])
            // 0 records a request that got no HTTP response (an expected connection reset).
            let status = reader.integer(responseObject["status"], at: responsePath.appending("status"), in: 0...599)
            if responseObject["status"] == nil { reader.report(responsePath.appending("status"), "required; expected an integer status") }
            let headers = reader.object(responseObject["headers"], at: responsePath.appending("headers")) ?? JSONObject()
            let body = decodeBody(responseObject["body"], at: responsePath.appending("body"), reader: &reader)
            if let status, let body { response = RecordedResponse(status: status, headers: headers, body: body) }
        }
        guard let step, let request, let response else { return nil }
        return Interaction(step: step, request: request, response: response)
    }

    private static func decodeRequest(_ object: JSONObject, at path: JSONPath, reader: inout SpecFieldReader) -> RecordedRequest? {
        reader.rejectUnknownKeys(object, at: path, allowed: ["method", "path", "headers", "body"])
        let method = reader.string(object["method"], at: path.appending("method"))
        let target = reader.string(object["path"], at: path.appending("path"))
        let headers = reader.object(object["headers"], at: path.appending("headers")) ?? JSONObject()
        let body = decodeBody(object["body"], at: path.appending("body"), reader: &reader)
        guard let method, let target, let body else { return nil }
        return RecordedRequest(method: method, path: target, headers: headers, body: body)
    }

    private static func decodeCallbacksInteraction(_ object: JSONObject, at path: JSONPath, reader: inout SpecFieldReader) -> Interaction? {
        reader.rejectUnknownKeys(object, at: path, allowed: ["step", "callbacks"])
        let step = reader.string(object["step"], at: path.appending("step"))
        var requests: [RecordedRequest] = []
        for (index, value) in (reader.array(object["callbacks"], at: path.appending("callbacks")) ?? []).enumerated() {
            let requestPath = path.appending("callbacks").appending(index)
            if let request = reader.object(value, at: requestPath).flatMap({ decodeRequest($0, at: requestPath, reader: &reader) }) {
                requests.append(request)
            }
        }
        guard let step else { return nil }
        return Interaction(step: step, exchange: .callbacks(requests))
    }

    private static func decodeEmailInteraction(_ object: JSONObject, at path: JSONPath, reader: inout SpecFieldReader) -> Interaction? {
        reader.rejectUnknownKeys(object, at: path, allowed: ["step", "email", "smtp"])
        let step = reader.string(object["step"], at: path.appending("step"))
        let message = reader.object(object["email"], at: path.appending("email"))
        var replies: [RecordedSMTPReply] = []
        for (index, value) in (reader.array(object["smtp"], at: path.appending("smtp")) ?? []).enumerated() {
            let replyPath = path.appending("smtp").appending(index)
            guard let reply = reader.object(value, at: replyPath) else { continue }
            reader.rejectUnknownKeys(reply, at: replyPath, allowed: ["command", "argument", "code", "text"])
            let command = reader.string(reply["command"], at: replyPath.appending("command"))
            let argument = reader.string(reply["argument"], at: replyPath.appending("argument"), required: false, nonEmpty: false)
            let code = reader.integer(reply["code"], at: replyPath.appending("code"), in: 100...599)
            if reply["code"] == nil { reader.report(replyPath.appending("code"), "required; the SMTP reply code") }
            let text = reader.string(reply["text"], at: replyPath.appending("text"), nonEmpty: false)
            if let command, let code, let text { replies.append(RecordedSMTPReply(command: command, argument: argument, code: code, text: text)) }
        }
        guard let step, let message else { return nil }
        return Interaction(step: step, exchange: .email(message: .object(message), replies: replies))
    }

    private static func decodeBody(_ value: JSONValue?, at path: JSONPath, reader: inout SpecFieldReader) -> RecordedBody? {
        guard let value else {
            reader.report(path, "required; null, or one of {\"json\": …}, {\"xml\": …}, {\"text\": …}, {\"base64\": …}")
            return nil
        }
        guard let body = RecordedBody(encoded: value) else {
            reader.report(path, "expected null, or one of {\"json\": …}, {\"xml\": …}, {\"text\": \"…\"}, {\"base64\": \"…\"}")
            return nil
        }
        return body
    }

    /// Headers as a cassette stores them: name → value, or name → [values] when repeated.
    static func headerObject(_ headers: HTTPHeaders, excluding excluded: Set<String> = []) -> JSONObject {
        var object = JSONObject()
        for field in headers where !excluded.contains(field.name.lowercased()) {
            switch object[field.name] {
            case nil: object[field.name] = .string(field.value)
            case .array(let values)?: object[field.name] = .array(values + [.string(field.value)])
            case let existing?: object[field.name] = .array([existing, .string(field.value)])
            }
        }
        return object
    }
}
