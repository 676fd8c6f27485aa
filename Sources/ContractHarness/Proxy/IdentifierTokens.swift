import StructuredData

/// How ids are found in traffic: as whole tokens of text (runs of letters, digits, `-` and `_`, so a
/// UUID is one token and `/sms/<uuid>` holds it), and as the scalar leaves of a JSON body.
enum IdentifierTokens {
    /// Whether a character can be part of an id token.
    static func isTokenCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
    }

    /// The tokens of `text`, in order.
    static func tokens(in text: String) -> [String] {
        text.split { !isTokenCharacter($0) }.map(String.init)
    }

    /// `text` with each whole token for which `replacement` has an answer replaced by it; `text`
    /// itself (not a copy) when nothing was replaced.
    static func replacing(in text: String, _ replacement: (String) -> String?) -> String {
        var result = ""
        var token = ""
        var changed = false
        func flush() {
            guard !token.isEmpty else { return }
            if let replaced = replacement(token) {
                result += replaced
                changed = true
            } else {
                result += token
            }
            token = ""
        }
        for character in text {
            if isTokenCharacter(character) {
                token.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return changed ? result : text
    }

    /// Calls `body` with the path and value of every scalar (not object, not array) in `value`.
    static func visitLeaves(_ value: JSONValue, at path: JSONPath = .root, _ body: (JSONPath, JSONValue) -> Void) {
        switch value {
        case .object(let object):
            for (key, member) in object { visitLeaves(member, at: path.appending(key), body) }
        case .array(let elements):
            for (index, element) in elements.enumerated() { visitLeaves(element, at: path.appending(index), body) }
        default:
            body(path, value)
        }
    }
}
