/// Maps XML elements to JSON values and back (in the manner of Python's xmltodict), so cassettes
/// store XML bodies structurally and differences get JSON paths.
///
/// XML to JSON:
/// - An element becomes an object with one member, its name: `<response>…</response>` →
///   `{"response": …}`. Names are kept as written, namespace prefixes included.
/// - The element's content becomes:
///   - `null` when it has no attributes, no child elements and no text: `<a/>`, `<a></a>`;
///   - a string when it has only text: `<id>x</id>` → `"x"` (text is never converted to numbers);
///   - otherwise an object: attributes as `"@name": "value"` (document order), then child
///     elements by name, then the text as `"#text"`:
///     `<error status="400">Origin Empty</error>` → `{"@status": "400", "#text": "Origin Empty"}`.
/// - Child elements with the same name become one array in document order; a name that occurs
///   once is a plain value (so a list with one item is not an array).
/// - Among child elements, whitespace-only text is dropped; other text is concatenated into
///   `"#text"` (the positions of text between children are not kept). An element with no child
///   elements keeps its text exactly.
///
/// JSON to XML reverses this: strings, numbers and booleans become text (numbers as
/// ``JSONWriter`` prints them), `null` an empty element, arrays repeated elements, `"@…"` members
/// attributes and `"#text"` the text (placed before any children). Children come out grouped by
/// name in member order, so `json(from: element(from: json(from: x)))` equals `json(from: x)`.
public enum XMLJSONMapping {
    /// `{"<name>": <content>}` for `element`.
    public static func json(from element: XMLElement) -> JSONValue {
        .object(JSONObject([(element.name, content(of: element))]))
    }

    /// The JSON value of a document's root element.
    public static func json(from document: XMLDocument) -> JSONValue {
        json(from: document.root)
    }

    /// The element described by a one-member object `{"<name>": <content>}`.
    public static func element(from json: JSONValue) throws(XMLMappingError) -> XMLElement {
        guard case .object(let object) = json, object.count == 1, let (name, content) = object.members.first else {
            throw XMLMappingError(message: "expected an object with exactly one member, the root element", path: .root)
        }
        let path = JSONPath.root.appending(name)
        if case .array = content {
            throw XMLMappingError(message: "the root element cannot be an array", path: path)
        }
        return try element(named: name, content: content, at: path)
    }

    // MARK: - XML to JSON

    private static func content(of element: XMLElement) -> JSONValue {
        var names: [String] = []
        var groups: [String: [JSONValue]] = [:]
        var text = ""
        var hasElements = false
        for case .element in element.children { hasElements = true }
        for node in element.children {
            switch node {
            case .element(let child):
                if groups[child.name] == nil { names.append(child.name) }
                groups[child.name, default: []].append(content(of: child))
            case .text(let fragment):
                if !hasElements || !XMLWriter.isWhitespace(fragment) { text += fragment }
            }
        }
        if element.attributes.isEmpty && !hasElements {
            return text.isEmpty ? .null : .string(text)
        }
        var object = JSONObject()
        for attribute in element.attributes {
            object["@" + attribute.name] = .string(attribute.value)
        }
        for name in names {
            guard let values = groups[name] else { continue }
            object[name] = values.count == 1 ? values[0] : .array(values)
        }
        if !text.isEmpty { object["#text"] = .string(text) }
        return .object(object)
    }

    // MARK: - JSON to XML

    private static func element(named name: String, content: JSONValue, at path: JSONPath) throws(XMLMappingError) -> XMLElement {
        guard isName(name) else {
            throw XMLMappingError(message: "\(JSONWriter.quoted(name)) is not a valid XML element name", path: path)
        }
        switch content {
        case .null:
            return XMLElement(name: name)
        case .string, .number, .bool:
            return XMLElement(name: name, text: scalarText(content))
        case .array:
            throw XMLMappingError(message: "an array cannot directly contain an array", path: path)
        case .object(let object):
            var element = XMLElement(name: name)
            var children: [XMLNode] = []
            for (key, value) in object {
                let memberPath = path.appending(key)
                if key == "#text" {
                    guard value.isScalar else {
                        throw XMLMappingError(message: "\"#text\" must be a string, number, boolean or null", path: memberPath)
                    }
                    let text = value.isNull ? "" : scalarText(value)
                    if !text.isEmpty { element.children.append(.text(text)) }
                } else if key.hasPrefix("@") {
                    let attributeName = String(key.dropFirst())
                    guard isName(attributeName) else {
                        throw XMLMappingError(message: "\(JSONWriter.quoted(attributeName)) is not a valid XML attribute name",
                                              path: memberPath)
                    }
                    guard value.isScalar && !value.isNull else {
                        throw XMLMappingError(message: "an attribute value must be a string, number or boolean", path: memberPath)
                    }
                    element.attributes.append(XMLAttribute(name: attributeName, value: scalarText(value)))
                } else if case .array(let items) = value {
                    for (position, item) in items.enumerated() {
                        children.append(.element(try self.element(named: key, content: item, at: memberPath.appending(position))))
                    }
                } else {
                    children.append(.element(try self.element(named: key, content: value, at: memberPath)))
                }
            }
            element.children.append(contentsOf: children)
            return element
        }
    }

    private static func scalarText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .null: ""
        default: JSONWriter.string(value)
        }
    }

    /// Whether `text` is an XML name: a letter, `_`, `:` or non-ASCII character first, then also
    /// digits, `-` and `.`.
    private static func isName(_ text: String) -> Bool {
        guard let first = text.utf8.first, XMLScanner.isNameStart(first) else { return false }
        return text.utf8.allSatisfy(XMLScanner.isNameCharacter)
    }
}

extension JSONValue {
    /// Whether this is a string, number, boolean or null.
    fileprivate var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
