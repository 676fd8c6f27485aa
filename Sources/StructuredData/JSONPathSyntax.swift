/// Reads the textual form of paths and path patterns:
///
///     path      = "$" step*
///     step      = "." name | "." "*" | "[" digits "]" | "[" "*" "]" | "[" quoted "]"
///     name      = one or more characters other than . [ ] ' " and whitespace
///     quoted    = '"' … '"' | "'" … "'"   (backslash escapes as in JSON, plus \')
///
/// `.*` (any key) and `[*]` (any index) are wildcards, allowed only in patterns; `["*"]` is the
/// literal key `*`.
enum JSONPathSyntax {
    static func parse(_ text: String, allowingWildcards: Bool) throws(JSONPathError) -> [JSONPathPattern.Component] {
        var reader = Reader(text: text, scalars: Array(text.unicodeScalars), allowingWildcards: allowingWildcards)
        return try reader.read()
    }

    private struct Reader {
        let text: String
        let scalars: [Unicode.Scalar]
        let allowingWildcards: Bool
        var position = 0

        mutating func read() throws(JSONPathError) -> [JSONPathPattern.Component] {
            guard scalars.first == "$" else { throw error("a JSON path starts with '$'") }
            position = 1
            var components: [JSONPathPattern.Component] = []
            while position < scalars.count {
                switch scalars[position] {
                case ".":
                    position += 1
                    components.append(try readDotStep())
                case "[":
                    position += 1
                    components.append(try readBracketStep())
                default:
                    throw error("expected '.' or '['")
                }
            }
            return components
        }

        private mutating func readDotStep() throws(JSONPathError) -> JSONPathPattern.Component {
            if position < scalars.count && scalars[position] == "*"
                && (position + 1 == scalars.count || scalars[position + 1] == "." || scalars[position + 1] == "[") {
                try checkWildcard("'.*'")
                position += 1
                return .anyKey
            }
            let start = position
            while position < scalars.count && !Self.endsName(scalars[position]) { position += 1 }
            guard position > start else { throw error("expected a key after '.'") }
            var name = String.UnicodeScalarView()
            name.append(contentsOf: scalars[start ..< position])
            return .key(String(name))
        }

        private static func endsName(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case ".", "[", "]", "'", "\"", " ", "\t", "\n", "\r": true
            default: false
            }
        }

        private mutating func readBracketStep() throws(JSONPathError) -> JSONPathPattern.Component {
            guard position < scalars.count else { throw error("expected an index, '*' or a quoted key after '['") }
            let component: JSONPathPattern.Component
            switch scalars[position] {
            case "*":
                try checkWildcard("'[*]'")
                position += 1
                component = .anyIndex
            case "0" ... "9":
                var index = 0
                let start = position
                while position < scalars.count, ("0" ... "9").contains(scalars[position]) {
                    guard position - start < 18 else { throw error("index too large", at: start) }
                    index = index * 10 + Int(scalars[position].value - 48)
                    position += 1
                }
                component = .index(index)
            case "\"", "'":
                component = .key(try readQuoted())
            default:
                throw error("expected an index, '*' or a quoted key after '['")
            }
            guard position < scalars.count && scalars[position] == "]" else { throw error("expected ']'") }
            position += 1
            return component
        }

        private mutating func readQuoted() throws(JSONPathError) -> String {
            let quote = scalars[position]
            let start = position
            position += 1
            var key = String.UnicodeScalarView()
            while position < scalars.count {
                let scalar = scalars[position]
                if scalar == quote {
                    position += 1
                    return String(key)
                }
                if scalar == "\\" {
                    key.append(try readEscape())
                } else {
                    key.append(scalar)
                    position += 1
                }
            }
            throw error("unterminated quoted key", at: start)
        }

        private mutating func readEscape() throws(JSONPathError) -> Unicode.Scalar {
            let start = position
            position += 1
            guard position < scalars.count else { throw error("unterminated quoted key", at: start) }
            let escaped = scalars[position]
            position += 1
            switch escaped {
            case "\"", "'", "\\", "/": return escaped
            case "b": return "\u{08}"
            case "f": return "\u{0C}"
            case "n": return "\n"
            case "r": return "\r"
            case "t": return "\t"
            case "u":
                var value = try readHexQuad(escapeStart: start)
                if (0xD800 ... 0xDBFF).contains(value), position + 1 < scalars.count,
                    scalars[position] == "\\", scalars[position + 1] == "u" {
                    position += 2
                    let low = try readHexQuad(escapeStart: start)
                    guard (0xDC00 ... 0xDFFF).contains(low) else { throw error("unpaired surrogate", at: start) }
                    value = 0x10000 + (value - 0xD800) << 10 + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(value) else { throw error("unpaired surrogate", at: start) }
                return scalar
            default:
                throw error("invalid escape sequence", at: start)
            }
        }

        private mutating func readHexQuad(escapeStart: Int) throws(JSONPathError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0 ..< 4 {
                guard position < scalars.count, let digit = scalars[position].properties.isASCIIHexDigit
                    ? UInt32(String(scalars[position]), radix: 16) : nil else {
                    throw error("expected 4 hex digits after '\\u'", at: escapeStart)
                }
                value = value << 4 | digit
                position += 1
            }
            return value
        }

        private func checkWildcard(_ spelling: String) throws(JSONPathError) {
            if !allowingWildcards {
                throw error("wildcard \(spelling) is only allowed in path patterns")
            }
        }

        private func error(_ message: String, at offset: Int? = nil) -> JSONPathError {
            JSONPathError(message: message, text: text, column: (offset ?? position) + 1)
        }
    }
}
