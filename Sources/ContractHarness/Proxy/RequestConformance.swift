import StructuredData
import Wire

/// Whether a request keeps the provider's request rules, judged by the fake's answer to it: a refusal
/// (an error status, or a provider-level failure in a 200 body such as rox's `Result` or Skycore's
/// `"status": "Failure"`) means the app sent something the provider's documents say it must not, and
/// the fake's own message says why — flagged even when the real provider happened to accept it.
public enum RequestConformance {
    /// Member names whose string values explain a refusal, in the providers' error shapes.
    static let reasonKeys: Set<String> = ["detail", "message", "error-info", "ResultText", "#text"]

    /// Why the fake refused the request it answered with `response`, or nil when it accepted it.
    public static func refusal(in response: HTTPResponse) -> String? {
        refusal(in: response, body: RecordedBody.decode(response.body, contentType: response.headers["Content-Type"]).structured)
    }

    /// The same, with the body already decoded.
    static func refusal(in response: HTTPResponse, body: JSONValue?) -> String? {
        if response.status >= 400 {
            let reasons = body.map(reasons(in:)) ?? []
            let text = reasons.isEmpty ? response.bodyText.prefix(200).trimmingWhitespace : reasons.joined(separator: "; ")
            return "HTTP \(response.status)" + (text.isEmpty ? "" : ": \(text)")
        }
        guard let body else { return nil }
        if body["status"]?.stringValue == "Failure" {
            return [body["error-code"]?.stringValue, body["error-info"]?.stringValue].compactMap { $0 }.joined(separator: " ")
        }
        if let result = body["Result"]?.stringValue, result != "0000" {
            return "Result \(result): \(body["ResultText"]?.stringValue ?? "")"
        }
        let refusedMessages = (body["Messages"]?.objectValue?.members ?? []).compactMap { number, message -> String? in
            guard let code = message["Result"]?.stringValue, code != "0000" else { return nil }
            return "message \(number): Result \(code): \(message["ResultText"]?.stringValue ?? "")"
        }
        return refusedMessages.isEmpty ? nil : refusedMessages.joined(separator: "; ")
    }

    private static func reasons(in value: JSONValue) -> [String] {
        var found: [String] = []
        collect(value, key: nil, into: &found)
        return found
    }

    private static func collect(_ value: JSONValue, key: String?, into found: inout [String]) {
        switch value {
        case .string(let text) where key.map(reasonKeys.contains) == true && !text.isEmpty:
            if !found.contains(text) { found.append(text) }
        case .array(let elements):
            for element in elements { collect(element, key: key, into: &found) }
        case .object(let object):
            for (member, element) in object { collect(element, key: member, into: &found) }
        default:
            break
        }
    }
}

extension Substring {
    fileprivate var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
