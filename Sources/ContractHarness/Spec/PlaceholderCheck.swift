import StructuredData

/// Checks that every `{{name}}` refers to a credential of the provider or a capture of an earlier step,
/// and that `$repeat` / `$concat` generators are well formed.
enum PlaceholderCheck {
    static func check(_ value: JSONValue, at path: JSONPath, knownNames: Set<String>, reader: inout SpecFieldReader) {
        switch value {
        case .string(let text):
            for name in Template.placeholders(in: text) where !knownNames.contains(name) {
                let known = knownNames.sorted().map { "{{\($0)}}" }.joined(separator: ", ")
                reader.report(path, "unknown placeholder {{\(name)}}; known here: \(known.isEmpty ? "none" : known)")
            }
        case .object(let object):
            if object["$repeat"] != nil || object["$concat"] != nil {
                let bindings = Bindings(Dictionary(uniqueKeysWithValues: knownNames.map { ($0, JSONValue.string("")) }))
                do {
                    _ = try Template.expand(value, with: bindings)
                } catch {
                    reader.report(path, error.message)
                }
                return
            }
            ReservedKeyCheck.check(object, at: path, reader: &reader)
            for (key, member) in object { check(member, at: path.appending(key), knownNames: knownNames, reader: &reader) }
        case .array(let elements):
            for (index, element) in elements.enumerated() { check(element, at: path.appending(index), knownNames: knownNames, reader: &reader) }
        default:
            return
        }
    }
}
