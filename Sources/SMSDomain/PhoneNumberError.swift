/// Why a text could not be normalised to an E.164 number. Each case carries the input as given.
public enum PhoneNumberError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing but visual separators, or nothing at all.
    case empty
    /// A character other than digits, visual separators and one leading "+".
    case invalidCharacters(String)
    /// Fewer than 2 digits, or nothing after the country calling code.
    case tooShort(String)
    /// More than 15 digits.
    case tooLong(String)
    /// A national number (one leading "0") but no numbering plan to say which country it is in.
    case nationalNumberWithoutPlan(String)
    /// A national number (one leading "0") but the plan's trunk prefix is not "0" (e.g. the US plan, whose is "1").
    case trunkPrefixMismatch(String, regionCode: String)
    /// The international digits do not start with an assigned ITU country calling code (for example "+0…" or "+210…").
    case unknownCallingCode(String)

    /// What was wrong, quoting the input.
    public var description: String {
        switch self {
        case .empty:
            return "The phone number is empty."
        case .invalidCharacters(let raw):
            return "\"\(raw)\" contains characters not allowed in a phone number (\(Self.offending(in: raw))); "
                + "only digits, a leading '+', spaces and - . ( ) are allowed."
        case .tooShort(let raw):
            return "\"\(raw)\" is too short: an E.164 number has a country calling code followed by at least one more digit."
        case .tooLong(let raw):
            return "\"\(raw)\" is too long: an E.164 number has at most 15 digits."
        case .nationalNumberWithoutPlan(let raw):
            return "\"\(raw)\" is a national number (leading 0) and no numbering plan was given to say which country it is in."
        case .trunkPrefixMismatch(let raw, let regionCode):
            return "\"\(raw)\" starts with 0, but the \(regionCode) numbering plan has no trunk prefix 0."
        case .unknownCallingCode(let raw):
            return "\"\(raw)\" does not start with an assigned ITU country calling code."
        }
    }

    /// The disallowed characters of the input, quoted, in order of first appearance.
    static func offending(in raw: String) -> String {
        E164.disallowedCharacters(in: raw).map { "'\($0)'" }.joined(separator: ", ")
    }
}
