/// A shell-style pattern for spec ids and paths: `*` any run of characters (`/` included), `?` one
/// character, `[abc]` / `[a-z]` / `[!abc]` one character of a class; everything else literal.
public struct GlobPattern: Sendable, Equatable, CustomStringConvertible {
    private enum Token: Sendable, Equatable {
        case literal(Character)
        case any
        case star
        case set([ClosedRange<Character>], negated: Bool)
    }

    /// The pattern as written.
    public let description: String
    private let tokens: [Token]

    /// Parses `text`; a `[` without its `]` is a literal `[`.
    public init(_ text: String) {
        description = text
        var tokens: [Token] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            switch character {
            case "*":
                if tokens.last != .star { tokens.append(.star) }
            case "?":
                tokens.append(.any)
            case "[":
                if let (set, next) = Self.parseSet(characters, from: index) {
                    tokens.append(set)
                    index = next
                } else {
                    tokens.append(.literal("["))
                }
            default:
                tokens.append(.literal(character))
            }
        }
        self.tokens = tokens
    }

    /// Whether the whole of `text` matches.
    public func matches(_ text: String) -> Bool {
        let characters = Array(text)
        // Iterative matching with one backtrack point for the last star: linear for ids.
        var token = 0, position = 0
        var starToken: Int?, starPosition = 0
        while position < characters.count {
            if token < tokens.count, tokens[token] != .star, Self.accepts(tokens[token], characters[position]) {
                token += 1
                position += 1
            } else if token < tokens.count, tokens[token] == .star {
                starToken = token
                starPosition = position
                token += 1
            } else if let star = starToken {
                token = star + 1
                starPosition += 1
                position = starPosition
            } else {
                return false
            }
        }
        while token < tokens.count, tokens[token] == .star { token += 1 }
        return token == tokens.count
    }

    private static func accepts(_ token: Token, _ character: Character) -> Bool {
        switch token {
        case .literal(let literal): literal == character
        case .any: true
        case .star: true
        case .set(let ranges, let negated): ranges.contains { $0.contains(character) } != negated
        }
    }

    private static func parseSet(_ characters: [Character], from start: Int) -> (Token, Int)? {
        var index = start
        var negated = false
        if index < characters.count, characters[index] == "!" || characters[index] == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<Character>] = []
        var first = true
        while index < characters.count {
            let character = characters[index]
            if character == "]" && !first { return (.set(ranges, negated: negated), index + 1) }
            first = false
            if index + 2 < characters.count, characters[index + 1] == "-", characters[index + 2] != "]", character <= characters[index + 2] {
                ranges.append(character...characters[index + 2])
                index += 3
            } else {
                ranges.append(character...character)
                index += 1
            }
        }
        return nil
    }
}
