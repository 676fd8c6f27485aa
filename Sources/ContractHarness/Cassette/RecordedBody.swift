import MailFormats
import StructuredData
import Wire

/// A body as a cassette stores it: structurally when it is JSON or XML, so diffs read like API changes.
public enum RecordedBody: Sendable, Equatable {
    case none
    /// A JSON body, stored as JSON.
    case json(JSONValue)
    /// An XML body, stored in the xmltodict-style JSON mapping.
    case xml(JSONValue)
    /// A form body (`application/x-www-form-urlencoded`), stored as its decoded fields.
    case form(JSONValue)
    /// A UTF-8 text body that is neither JSON nor XML (or does not parse as what it claims).
    case text(String)
    /// Bytes that are not UTF-8, base64-encoded.
    case base64(String)

    /// Reads a body by its content type: the first of `formats` that matches and decodes it, else base64.
    public static func decode(_ bytes: [UInt8], contentType: String?, formats: [BodyFormat] = BodyFormat.recognised) -> RecordedBody {
        guard !bytes.isEmpty else { return .none }
        let type = contentType?.lowercased() ?? ""
        for format in formats where format.matches(type, bytes) {
            if let value = format.decode(bytes), let body = RecordedBody(format, value) { return body }
        }
        return .base64(Base64.encode(bytes))
    }

    /// A body of `format` holding `value` (a string for text); nil when `format` is not one a cassette stores
    /// or `value` does not have its shape.
    public init?(_ format: BodyFormat, _ value: JSONValue) {
        guard format.holds(value) else { return nil }
        switch format.name {
        case BodyFormat.json.name: self = .json(value)
        case BodyFormat.xml.name: self = .xml(value)
        case BodyFormat.form.name: self = .form(value)
        case BodyFormat.text.name:
            guard let text = value.stringValue else { return nil }
            self = .text(text)
        default: return nil
        }
    }

    /// The body's format and stored value (a string for text); nil for no body and for binary bytes.
    public var formatted: (format: BodyFormat, value: JSONValue)? {
        switch self {
        case .none, .base64: nil
        case .json(let value): (.json, value)
        case .xml(let value): (.xml, value)
        case .form(let value): (.form, value)
        case .text(let text): (.text, .string(text))
        }
    }

    /// The same body with its stored value changed by `transform` (strings of a text body included); none and binary unchanged.
    public func mapValue(_ transform: (JSONValue) -> JSONValue) -> RecordedBody {
        guard let (format, value) = formatted else { return self }
        return RecordedBody(format, transform(value)) ?? self
    }

    /// The body as the text that went over the wire (JSON written compactly, XML rebuilt from its
    /// mapping, a form's fields encoded); base64 text for binary bytes; nil for no body.
    public var wireText: String? {
        if case .base64(let data) = self { return data }
        return formatted.map { $0.format.encode($0.value) }
    }

    /// The MIME type a HAR archive gives the body.
    public var harMIMEType: String {
        if case .base64 = self { return "application/octet-stream" }
        return formatted?.format.harMIMEType ?? BodyFormat.text.harMIMEType
    }

    /// The JSON value, when the body is JSON.
    public var json: JSONValue? {
        if case .json(let value) = self { return value }
        return nil
    }

    /// The decoded fields, when the body is a form.
    public var formFields: JSONValue? {
        if case .form(let value) = self { return value }
        return nil
    }

    /// The JSON mapping, when the body is XML.
    public var xmlMapping: JSONValue? {
        if case .xml(let value) = self { return value }
        return nil
    }

    /// The structured value captures and paths read: the JSON, or an XML body's JSON mapping, or a form's fields.
    public var structured: JSONValue? {
        guard let (format, value) = formatted, format.name != BodyFormat.text.name else { return nil }
        return value
    }

    /// The body as one JSON value for diffs: `{"json": …}`, `{"xml": …}`, `{"form": …}`, `{"text": …}`, `{"base64": …}` or null.
    public var encoded: JSONValue {
        if case .base64(let data) = self { return ["base64": .string(data)] }
        guard let (format, value) = formatted else { return .null }
        return .object(JSONObject([(format.name, value)]))
    }

    /// Reads the `encoded` form back.
    public init?(encoded: JSONValue) {
        if encoded.isNull {
            self = .none
            return
        }
        guard let object = encoded.objectValue, object.count == 1, let (key, value) = object.members.first else { return nil }
        if key == "base64" {
            guard let data = value.stringValue else { return nil }
            self = .base64(data)
            return
        }
        guard let format = BodyFormat.named(key), let body = RecordedBody(format, value) else { return nil }
        self = body
    }

    /// What kind of body this is, for messages.
    public var kindName: String {
        switch self {
        case .none: "no body"
        case .base64: "binary"
        default: formatted?.format.kindName ?? "text"
        }
    }

    /// What kind of body this is, with its article, for messages: `no body`, `a JSON body`, `an XML body`, `a binary body`.
    var kindPhrase: String {
        if case .none = self { return kindName }
        return Self.phrase(kind: kindName)
    }

    /// `a JSON body`, `an XML body`: `kind` (a ``BodyFormat/kindName``, or `binary`) as a noun phrase.
    static func phrase(kind: String) -> String {
        let vowelSound = kind.first.map { "aeiouAEIOUX".contains($0) } ?? false
        return "\(vowelSound ? "an" : "a") \(kind) body"
    }

    /// A JSON value standing for the body in messages.
    var summary: JSONValue {
        if case .base64(let data) = self { return .string("base64:" + data) }
        return formatted?.value ?? .null
    }
}
