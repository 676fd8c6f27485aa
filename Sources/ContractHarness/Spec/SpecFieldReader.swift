import StructuredData

/// Reads typed fields out of a parsed JSON document, recording a located problem for each one that
/// is missing, of the wrong type, or unknown — so lint reports every problem in one pass.
struct SpecFieldReader {
    let document: JSONDocument
    let file: String
    private(set) var problems: [SpecProblem] = []

    init(document: JSONDocument, file: String) {
        self.document = document
        self.file = file
    }

    /// Parses a spec or cassette file, turning a syntax error into a located problem.
    private static func parse(_ bytes: [UInt8], file: String) throws(SpecLoadError) -> JSONDocument {
        do {
            return try JSONParser.parseDocument(bytes)
        } catch {
            throw SpecLoadError(problems: [SpecProblem(file: file, location: error.location, field: .root, message: "not valid JSON: \(error.message)")])
        }
    }

    /// Parses `bytes` and reads the document's root with `decode`, throwing every problem it reported.
    static func read<Value>(
        _ bytes: [UInt8], file: String, with decode: (JSONValue, inout SpecFieldReader) -> Value?
    ) throws(SpecLoadError) -> Value {
        let document = try parse(bytes, file: file)
        var reader = SpecFieldReader(document: document, file: file)
        let value = decode(document.root, &reader)
        guard reader.problems.isEmpty, let value else { throw SpecLoadError(problems: reader.problems) }
        return value
    }

    /// Records a problem at a field; the location is the value's, or the key's, or the nearest parent's.
    mutating func report(_ path: JSONPath, _ message: String, atKey: Bool = false) {
        problems.append(SpecProblem(file: file, location: location(of: path, atKey: atKey), field: path, message: message))
    }

    private func location(of path: JSONPath, atKey: Bool) -> SourceLocation? {
        if atKey, let key = document.keyLocation(of: path) { return key }
        return document.location(of: path) ?? document.nearestLocation(of: path)
    }

    /// Reports every member of `object` not in `allowed`, suggesting the closest allowed name.
    mutating func rejectUnknownKeys(_ object: JSONObject, at path: JSONPath, allowed: [String]) {
        for key in object.keys where !allowed.contains(key) {
            var message = "unknown field \"\(key)\""
            if let suggestion = NameSuggestion.closest(to: key, in: allowed) {
                message += "; did you mean \"\(suggestion)\"?"
            } else {
                message += "; expected one of \(allowed.joined(separator: ", "))"
            }
            report(path.appending(key), message, atKey: true)
        }
    }

    mutating func object(_ value: JSONValue?, at path: JSONPath, required: Bool = true) -> JSONObject? {
        guard let value else {
            if required { report(path, "required; expected an object") }
            return nil
        }
        guard let object = value.objectValue else {
            report(path, "expected an object, got \(value.typeName)")
            return nil
        }
        return object
    }

    mutating func string(_ value: JSONValue?, at path: JSONPath, required: Bool = true, nonEmpty: Bool = true) -> String? {
        guard let value else {
            if required { report(path, "required; expected a string") }
            return nil
        }
        guard let string = value.stringValue else {
            report(path, "expected a string, got \(value.typeName)")
            return nil
        }
        if nonEmpty && string.isEmpty {
            report(path, "must not be empty")
            return nil
        }
        return string
    }

    mutating func integer(_ value: JSONValue?, at path: JSONPath, in range: ClosedRange<Int>) -> Int? {
        guard let value else { return nil }
        guard let integer = value.intValue, range.contains(integer) else {
            report(path, "expected an integer from \(range.lowerBound) to \(range.upperBound), got \(JSONWriter.string(value))")
            return nil
        }
        return integer
    }

    mutating func array(_ value: JSONValue?, at path: JSONPath, required: Bool = true) -> [JSONValue]? {
        guard let value else {
            if required { report(path, "required; expected an array") }
            return nil
        }
        guard let array = value.arrayValue else {
            report(path, "expected an array, got \(value.typeName)")
            return nil
        }
        return array
    }

    /// Reads an object whose members are all strings, in order (headers, query items).
    mutating func stringPairs(_ value: JSONValue?, at path: JSONPath) -> [(name: String, value: String)] {
        guard let object = object(value, at: path, required: false) else { return [] }
        var pairs: [(name: String, value: String)] = []
        for (key, member) in object {
            if let string = string(member, at: path.appending(key), nonEmpty: false) { pairs.append((key, string)) }
        }
        return pairs
    }

    mutating func oneOf<T: RawRepresentable>(_ value: JSONValue?, at path: JSONPath, as type: T.Type, choices: [String]) -> T?
    where T.RawValue == String {
        guard let string = string(value, at: path) else { return nil }
        guard let parsed = T(rawValue: string) else {
            report(path, "\"\(string)\" is not one of \(choices.joined(separator: ", "))")
            return nil
        }
        return parsed
    }
}
