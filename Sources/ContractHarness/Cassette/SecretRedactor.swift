import StructuredData

/// Replaces every known secret value, wherever it appears in a string, with its placeholder
/// (`{{credentials.token}}`) — before anything is written.
public struct SecretRedactor: Sendable {
    /// Secret values and the placeholder each becomes, longest first so overlapping secrets redact fully.
    public let replacements: [(secret: String, placeholder: String)]

    /// Creates a redactor for credential values by name; values shorter than 4 characters are not treated as secrets.
    /// - Parameter others: further values to replace, with their placeholders (the callback receiver's URL).
    public init(credentials: [String: String], others: [(value: String, placeholder: String)] = []) {
        var replacements = credentials.compactMap { name, value -> (String, String)? in
            value.count >= 4 ? (value, "{{credentials.\(name)}}") : nil
        } + others.map { ($0.value, $0.placeholder) }
        // A "<clientId>:<apikey>" token's key part must not leak on its own either.
        for (name, value) in credentials {
            for part in value.split(separator: ":") where part.count >= 8 && String(part) != value {
                replacements.append((String(part), "{{credentials.\(name)}}"))
            }
        }
        self.replacements = replacements.sorted { $0.0.count > $1.0.count }
    }

    /// The string with every secret replaced.
    public func redact(_ text: String) -> String {
        var result = text
        for (secret, placeholder) in replacements where result.contains(secret) {
            result = result.replacing(secret, with: placeholder)
        }
        return result
    }

    /// The value with every string (and object key) redacted.
    public func redact(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            return .string(redact(text))
        case .array(let elements):
            return .array(elements.map(redact))
        case .object(let object):
            var redacted = JSONObject()
            for (key, member) in object { redacted[redact(key)] = redact(member) }
            return .object(redacted)
        case .null, .bool, .number:
            return value
        }
    }

    /// The body with every secret replaced.
    public func redact(_ body: RecordedBody) -> RecordedBody {
        body.mapValue { value in redact(value) }
    }

    /// The request with every secret replaced in path, headers and body.
    public func redact(_ request: RecordedRequest) -> RecordedRequest {
        var redacted = request
        redacted.path = redact(request.path)
        redacted.headers = redact(.object(request.headers)).objectValue ?? JSONObject()
        redacted.body = redact(request.body)
        return redacted
    }

    /// The interaction with every secret replaced, sent and received.
    public func redact(_ interaction: Interaction) -> Interaction {
        switch interaction.exchange {
        case .callbacks(let requests):
            return Interaction(step: interaction.step, exchange: .callbacks(requests.map(redact)))
        case .http(let sent, var response):
            let request = redact(sent)
            response.headers = redact(.object(response.headers)).objectValue ?? JSONObject()
            response.body = redact(response.body)
            return Interaction(step: interaction.step, request: request, response: response)
        case .email(let message, let replies):
            let redactedReplies = replies.map { reply in
                RecordedSMTPReply(command: reply.command, argument: reply.argument.map(redact), code: reply.code, text: redact(reply.text))
            }
            return Interaction(step: interaction.step, exchange: .email(message: redact(message), replies: redactedReplies))
        }
    }

    /// The result with every secret replaced in differences, reasons and notes: what reports and the terminal show.
    public func redact(_ result: SpecResult) -> SpecResult {
        var redacted = result
        redacted.differences = result.differences.map { difference in
            var copy = difference
            copy.expected = difference.expected.map(redact)
            copy.actual = difference.actual.map(redact)
            copy.message = difference.message.map(redact)
            return copy
        }
        redacted.reason = result.reason.map(redact)
        redacted.notes = result.notes.map(redact)
        return redacted
    }
}
