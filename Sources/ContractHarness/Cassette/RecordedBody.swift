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

    /// Reads a body by its content type: JSON and XML structurally, then text, then base64.
    public static func decode(_ bytes: [UInt8], contentType: String?) -> RecordedBody {
        guard !bytes.isEmpty else { return .none }
        let type = contentType?.lowercased() ?? ""
        if type.contains("json") || (type.isEmpty && bytes.first.map { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") } == true),
           let value = try? JSONParser.parse(bytes) {
            return .json(value)
        }
        if type.contains("xml"), let document = try? XMLReader.parse(bytes) {
            return .xml(XMLJSONMapping.json(from: document.root))
        }
        if type.hasPrefix("application/x-www-form-urlencoded"), let text = String(validating: bytes, as: UTF8.self) {
            let fields = text.split(separator: "&").map { pair -> (String, JSONValue) in
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return (PercentDecoding.decode(String(parts[0])), .string(parts.count > 1 ? PercentDecoding.decode(String(parts[1])) : ""))
            }
            return .form(.object(JSONObject(fields)))
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .text(text)
        }
        return .base64(Base64.encode(bytes))
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

    /// The structured value captures and paths read: the JSON, or an XML body's JSON mapping.
    public var structured: JSONValue? {
        switch self {
        case .json(let value), .xml(let value), .form(let value): value
        default: nil
        }
    }

    /// The body as one JSON value for diffs: `{"json": …}`, `{"xml": …}`, `{"text": …}`, `{"base64": …}` or null.
    public var encoded: JSONValue {
        switch self {
        case .none: .null
        case .json(let value): ["json": value]
        case .xml(let value): ["xml": value]
        case .form(let value): ["form": value]
        case .text(let text): ["text": .string(text)]
        case .base64(let data): ["base64": .string(data)]
        }
    }

    /// Reads the `encoded` form back.
    public init?(encoded: JSONValue) {
        if encoded.isNull {
            self = .none
            return
        }
        guard let object = encoded.objectValue, object.count == 1, let (key, value) = object.members.first else { return nil }
        switch (key, value) {
        case ("json", _): self = .json(value)
        case ("xml", _): self = .xml(value)
        case ("form", .object): self = .form(value)
        case ("text", .string(let text)): self = .text(text)
        case ("base64", .string(let data)): self = .base64(data)
        default: return nil
        }
    }

    /// What kind of body this is, for messages.
    public var kindName: String {
        switch self {
        case .none: "no body"
        case .json: "JSON"
        case .xml: "XML"
        case .form: "form"
        case .text: "text"
        case .base64: "binary"
        }
    }

    /// A JSON value standing for the body in messages.
    var summary: JSONValue {
        switch self {
        case .none: .null
        case .json(let value), .xml(let value), .form(let value): value
        case .text(let text): .string(text)
        case .base64(let data): .string("base64:" + data)
        }
    }
}

/// Standard base64 with padding, for bodies that are not text.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let b0 = chunk[chunk.startIndex]
            let b1 = chunk.count > 1 ? chunk[chunk.startIndex + 1] : 0
            let b2 = chunk.count > 2 ? chunk[chunk.startIndex + 2] : 0
            output.append(alphabet[Int(b0 >> 2)])
            output.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            output.append(chunk.count > 1 ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            output.append(chunk.count > 2 ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes standard base64, ignoring whitespace; nil when a character is not base64.
    static func decode(_ text: String) -> [UInt8]? {
        var values: [UInt8] = []
        for byte in text.utf8 where byte != UInt8(ascii: "=") && byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 {
            guard let index = alphabet.firstIndex(of: byte) else { return nil }
            values.append(UInt8(index))
        }
        var output: [UInt8] = []
        output.reserveCapacity(values.count * 3 / 4)
        var index = 0
        while index + 1 < values.count {
            output.append(values[index] << 2 | values[index + 1] >> 4)
            if index + 2 < values.count { output.append(values[index + 1] << 4 | values[index + 2] >> 2) }
            if index + 3 < values.count { output.append(values[index + 2] << 6 | values[index + 3]) }
            index += 4
        }
        return output
    }
}
