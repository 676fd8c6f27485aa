import StructuredData

/// Checks every `$match` matcher object in an expectation.
enum MatcherCheck {
    static func check(_ value: JSONValue, at path: JSONPath, reader: inout SpecFieldReader) {
        switch value {
        case .object(let object):
            if ValueMatcher.isMatcher(value) {
                if case .failure(let error) = ValueMatcher.parse(object) {
                    reader.report(path.appending(error.field), error.message)
                }
                return
            }
            for (key, member) in object { check(member, at: path.appending(key), reader: &reader) }
        case .array(let elements):
            for (index, element) in elements.enumerated() { check(element, at: path.appending(index), reader: &reader) }
        default:
            return
        }
    }
}
