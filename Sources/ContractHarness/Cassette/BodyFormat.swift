import StructuredData
import Wire

/// How one kind of body is recognised by its content type, stored in a cassette, written back as
/// it went over the wire, and labelled in a HAR archive — a strategy value, like swift-snapshot-testing's
/// `Snapshotting`, so the cassette, redactor and HAR code ask the format instead of each matching the
/// body's kind.
public struct BodyFormat: Sendable {
    /// The member a cassette stores it under (`{"json": …}`) and its id: `json`, `xml`, `form`, `text`.
    public let name: String
    /// What messages call it: `JSON`, `XML`, `form`, `text`.
    public let kindName: String
    /// The MIME type a HAR archive gives it.
    public let harMIMEType: String
    /// Whether a body with this content type (lower-cased, possibly empty) and these bytes is of this format.
    public let matches: @Sendable (_ contentType: String, _ bytes: [UInt8]) -> Bool
    /// The stored value of a body, nil when the bytes are not of the format after all (a JSON type on broken JSON).
    public let decode: @Sendable (_ bytes: [UInt8]) -> JSONValue?
    /// The body text as it went over the wire, from its stored value.
    public let encode: @Sendable (_ value: JSONValue) -> String
    /// Whether a stored value read from a cassette has this format's shape (a form's fields are an object).
    public let holds: @Sendable (_ value: JSONValue) -> Bool
    /// Whether a spec's expectation of this format is compared member by member — a subset unless `exact`,
    /// matchers at any depth, their paths volatile when cassettes are compared — rather than as one value,
    /// equal or matched as a whole.
    public let comparesMembers: Bool
    /// What a spec's expectation of this format is compared with in a received body (given with its text):
    /// by default the body's stored value when the body is of this format, nil when it is of another kind.
    public let expectedAgainst: @Sendable (_ body: RecordedBody, _ text: String) -> JSONValue?

    /// Creates a format.
    /// - Parameters:
    ///   - comparesMembers: expectations compare member by member (true) or as one value (false).
    ///   - expectedAgainst: what an expectation is compared with; nil for the body's stored value when of this format.
    public init(name: String, kindName: String, harMIMEType: String,
                matches: @escaping @Sendable (_ contentType: String, _ bytes: [UInt8]) -> Bool,
                decode: @escaping @Sendable (_ bytes: [UInt8]) -> JSONValue?,
                encode: @escaping @Sendable (_ value: JSONValue) -> String,
                holds: @escaping @Sendable (_ value: JSONValue) -> Bool = { _ in true },
                comparesMembers: Bool = true,
                expectedAgainst: (@Sendable (_ body: RecordedBody, _ text: String) -> JSONValue?)? = nil) {
        self.name = name
        self.kindName = kindName
        self.harMIMEType = harMIMEType
        self.matches = matches
        self.decode = decode
        self.encode = encode
        self.holds = holds
        self.comparesMembers = comparesMembers
        self.expectedAgainst = expectedAgainst ?? { body, _ in
            guard let (format, value) = body.formatted, format.name == name else { return nil }
            return value
        }
    }

    /// JSON, by a content type naming `json` (`application/ld+json` too), or an untyped body starting with `{` or `[`.
    public static let json = BodyFormat(
        name: "json", kindName: "JSON", harMIMEType: "application/json",
        matches: { type, bytes in type.contains("json") || (type.isEmpty && (bytes.first == UInt8(ascii: "{") || bytes.first == UInt8(ascii: "["))) },
        decode: { try? JSONParser.parse($0) },
        encode: { JSONWriter.string($0) })

    /// XML, stored in the xmltodict-style JSON mapping.
    public static let xml = BodyFormat(
        name: "xml", kindName: "XML", harMIMEType: "application/xml",
        matches: { type, _ in type.contains("xml") },
        decode: { bytes in (try? XMLReader.parse(bytes)).map { XMLJSONMapping.json(from: $0.root) } },
        encode: { mapping in (try? XMLJSONMapping.element(from: mapping)).map { XMLWriter.string($0) } ?? JSONWriter.string(mapping) })

    /// `application/x-www-form-urlencoded`, stored as its decoded fields.
    public static let form = BodyFormat(
        name: "form", kindName: "form", harMIMEType: "application/x-www-form-urlencoded",
        matches: { type, _ in type.hasPrefix("application/x-www-form-urlencoded") },
        decode: { bytes in
            guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
            let fields = text.split(separator: "&").map { pair -> (String, JSONValue) in
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return (PercentDecoding.decode(String(parts[0])), .string(parts.count > 1 ? PercentDecoding.decode(String(parts[1])) : ""))
            }
            return .object(JSONObject(fields))
        },
        encode: { fields in
            (fields.objectValue ?? JSONObject()).map { "\(QueryEncoding.encode($0.key))=\(QueryEncoding.encode($0.value.stringValue ?? ""))" }.joined(separator: "&")
        },
        holds: { $0.objectValue != nil })

    /// Any UTF-8 text, stored as a string: what a body is when no other format takes it. A text expectation
    /// is compared with the whole body as text, whatever its kind, equal or matched as one value.
    public static let text = BodyFormat(
        name: "text", kindName: "text", harMIMEType: "text/plain",
        matches: { _, _ in true },
        decode: { bytes in String(validating: bytes, as: UTF8.self).map(JSONValue.string) },
        encode: { $0.stringValue ?? "" },
        holds: { $0.stringValue != nil },
        comparesMembers: false,
        expectedAgainst: { _, text in .string(text) })

    /// The formats a recorded body is read as, tried in this order; bytes none takes are stored as base64.
    public static let recognised: [BodyFormat] = [.json, .xml, .form, .text]

    /// The recognised format stored under `name`, or nil.
    public static func named(_ name: String) -> BodyFormat? {
        recognised.first { $0.name == name }
    }
}
