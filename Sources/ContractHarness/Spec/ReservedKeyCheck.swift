import StructuredData

/// Refuses an object key that starts with `$` but is none of ``ValueMatcher/reservedKeys``: `"$mtach"` would
/// otherwise be compared (or sent) as a literal member, and the spec would mean something else than it says.
enum ReservedKeyCheck {
    static func check(_ object: JSONObject, at path: JSONPath, reader: inout SpecFieldReader) {
        for key in object.keys where key.hasPrefix("$") && !ValueMatcher.reservedKeys.contains(key) {
            let hint = NameSuggestion.closest(to: key, in: ValueMatcher.reservedKeys).map { "; did you mean \"\($0)\"?" } ?? "."
            reader.report(path.appending(key), "\"\(key)\" is not a known key\(hint) Keys starting with $ are reserved for "
                + ValueMatcher.reservedKeys.joined(separator: ", "))
        }
    }
}
