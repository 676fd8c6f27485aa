/// Long strings that differ, shown where they differ: a short window around the first differing
/// character, with a caret under it, instead of two 1,500-character values a person must compare by eye.
public enum DifferenceText {
    /// Characters shown on each side of the first difference.
    static let context = 30
    /// Strings up to this long are shown whole.
    static let shortLength = 60

    /// Where two long strings first differ: the character offset and each side's window, or nil for
    /// anything else (short strings, non-strings, a matcher's message).
    public struct Window: Sendable, Equatable {
        /// The offset of the first differing character, from 0.
        public let offset: Int
        /// The expected text around it, `…` marking cut ends.
        public let expected: String
        /// The actual text around it.
        public let actual: String
        /// How many characters into each window the difference is (where the caret goes).
        public let caret: Int
        /// The whole lengths, in characters.
        public let expectedLength: Int, actualLength: Int
    }

    /// The window for a difference between two strings of which at least one is long.
    public static func window(_ difference: Difference) -> Window? {
        guard difference.message == nil, let expected = difference.expected?.stringValue, let actual = difference.actual?.stringValue else { return nil }
        let lhs = Array(expected), rhs = Array(actual)
        guard max(lhs.count, rhs.count) > shortLength else { return nil }
        var offset = 0
        while offset < lhs.count && offset < rhs.count && lhs[offset] == rhs[offset] { offset += 1 }
        let start = max(0, offset - context)
        func cut(_ characters: [Character]) -> String {
            let end = min(characters.count, offset + context)
            let body = start < end ? characters[start..<end].map(visible).joined() : ""
            return (start > 0 ? "…" : "") + body + (end < characters.count ? "…" : "")
        }
        return Window(offset: offset, expected: cut(lhs), actual: cut(rhs), caret: offset - start + (start > 0 ? 1 : 0),
                      expectedLength: lhs.count, actualLength: rhs.count)
    }

    /// The difference as one line; long strings as their windows.
    public static func line(_ difference: Difference) -> String {
        guard let window = window(difference) else { return difference.description }
        return "\(difference.path) [\(difference.source.rawValue)]: strings differ at character \(window.offset + 1) "
            + "(\(window.expectedLength) vs \(window.actualLength) characters): expected \"\(window.expected)\", got \"\(window.actual)\""
    }

    /// The difference as lines for a terminal: long strings as their windows with a caret under the first difference.
    public static func lines(_ difference: Difference) -> [String] {
        guard let window = window(difference) else { return [difference.description] }
        return [
            "\(difference.path) [\(difference.source.rawValue)]: strings differ at character \(window.offset + 1) "
                + "(expected \(window.expectedLength) characters, got \(window.actualLength))",
            "  expected: \(window.expected)",
            "  actual:   \(window.actual)",
            "            " + String(repeating: " ", count: window.caret) + "^",
        ]
    }

    /// A character as one visible column: line breaks and tabs as symbols.
    private static func visible(_ character: Character) -> String {
        switch character {
        case "\n", "\r\n": "↵"
        case "\r": "␍"
        case "\t": "→"
        default: String(character)
        }
    }
}
