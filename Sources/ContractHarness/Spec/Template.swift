import Foundation
import StructuredData

/// Expands `{{name}}` placeholders and the `$repeat` / `$concat` generators in spec values.
///
/// A string that is exactly `{{name}}` becomes the bound value with its JSON type; inside a longer
/// string the value is written as text. `{"$repeat": "a", "times": 160}` is 160 × "a";
/// `{"$concat": [ … ]}` joins strings and generators. Matcher objects (`$match`) are left as they are.
public enum Template {
    /// Expands every placeholder and generator in a JSON value.
    public static func expand(_ value: JSONValue, with bindings: Bindings) throws(TemplateError) -> JSONValue {
        switch value {
        case .string(let text):
            return try expandWhole(text, with: bindings)
        case .array(let elements):
            var expanded: [JSONValue] = []
            expanded.reserveCapacity(elements.count)
            for element in elements { expanded.append(try expand(element, with: bindings)) }
            return .array(expanded)
        case .object(let object):
            if ValueMatcher.isMatcher(value) { return value }
            if object["$repeat"] != nil || object["$concat"] != nil {
                return .string(try generate(object, with: bindings))
            }
            var expanded = JSONObject()
            for (key, member) in object { expanded[key] = try expand(member, with: bindings) }
            return .object(expanded)
        case .null, .bool, .number:
            return value
        }
    }

    /// Replaces every `{{name}}` in a string with the bound value's text.
    public static func substitute(_ text: String, with bindings: Bindings) throws(TemplateError) -> String {
        guard text.contains("{{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw TemplateError(message: "unclosed placeholder in \"\(text)\": \"{{\" without \"}}\"")
            }
            let name = String(rest[open.upperBound..<close.lowerBound]).trimmingSpaces()
            result += try textForm(of: lookup(name, in: bindings))
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The names of the placeholders used in a string, in order.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            names.append(String(rest[open.upperBound..<close.lowerBound]).trimmingSpaces())
            rest = rest[close.upperBound...]
        }
        return names
    }

    private static func expandWhole(_ text: String, with bindings: Bindings) throws(TemplateError) -> JSONValue {
        let names = placeholders(in: text)
        if names.count == 1, text.hasPrefix("{{"), text.hasSuffix("}}"), text.dropFirst(2).dropLast(2).range(of: "{{") == nil {
            return try lookup(names[0], in: bindings)
        }
        return .string(try substitute(text, with: bindings))
    }

    private static func lookup(_ name: String, in bindings: Bindings) throws(TemplateError) -> JSONValue {
        guard let value = bindings.values[name] else {
            let known = bindings.values.keys.sorted().map { "{{\($0)}}" }.joined(separator: ", ")
            throw TemplateError(message: "unknown placeholder {{\(name)}}; known here: \(known.isEmpty ? "none" : known)")
        }
        return value
    }

    private static func textForm(of value: JSONValue) -> String {
        if case .string(let string) = value { return string }
        return JSONWriter.string(value)
    }

    private static func generate(_ object: JSONObject, with bindings: Bindings) throws(TemplateError) -> String {
        if let unit = object["$repeat"] {
            guard object.count == 2, let times = object["times"]?.intValue, times >= 0 else {
                throw TemplateError(message: "a $repeat generator is {\"$repeat\": STRING, \"times\": N} with N ≥ 0")
            }
            guard case .string(let piece) = try expand(unit, with: bindings) else {
                throw TemplateError(message: "$repeat takes a string to repeat")
            }
            return String(repeating: piece, count: times)
        }
        guard object.count == 1, let parts = object["$concat"]?.arrayValue else {
            throw TemplateError(message: "a $concat generator is {\"$concat\": [STRING or generator, …]} with nothing else")
        }
        var result = ""
        for part in parts {
            guard case .string(let piece) = try expand(part, with: bindings) else {
                throw TemplateError(message: "$concat joins strings; found \(part.typeName)")
            }
            result += piece
        }
        return result
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
