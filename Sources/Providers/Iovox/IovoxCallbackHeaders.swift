import Foundation
import StructuredData

/// The `callback_url_headers` node: extra headers for the delivery-receipt call back, as
/// comma-separated `Name: value` pairs (`Content-Type: application/json,X-Custom-Header: iovox`).
///
/// Rules (*assumed*: the document shows one example and says only "separate them by ','"):
/// - pairs are split at every comma, so a value cannot contain one;
/// - each pair is split at its first colon; the name, trimmed, must be an HTTP token (RFC 9110
///   `tchar`s); the value, trimmed, may be empty but holds no control characters;
/// - an empty pair (`,,`, a leading or trailing comma) or one without a colon is malformed;
/// - a name given twice keeps the later value.
struct IovoxCallbackHeaders: Sendable, Equatable {
    /// One `Name: value` pair.
    struct Header: Sendable, Equatable {
        var name: String
        var value: String
    }

    /// The headers in the order given.
    var headers: [Header]

    /// Parses the node's text; nil when any pair is malformed.
    init?(parsing text: String) {
        var headers: [Header] = []
        for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let colon = pair.firstIndex(of: ":") else { return nil }
            let name = pair[..<colon].trimmingCharacters(in: .whitespaces)
            let value = pair[pair.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard Self.isToken(name), !value.unicodeScalars.contains(where: Self.isControl) else { return nil }
            headers.removeAll { $0.name.lowercased() == name.lowercased() }
            headers.append(Header(name: name, value: value))
        }
        self.headers = headers
    }

    /// The headers as the outbox shows them: an object of name → value.
    var json: JSONValue {
        .object(JSONObject(headers.map { ($0.name, JSONValue.string($0.value)) }))
    }

    /// RFC 9110 `token`: one or more of ALPHA, DIGIT and ``!#$%&'*+-.^_`|~``.
    static func isToken(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar)
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }
}
