/// What one kind of a provider's credential looks like wherever it appears, so a scan finds it even
/// outside the places `SecretLocations` names: LOX24's `<clientId>:<32 hex>` token, for one.
public struct SecretShape: Sendable, Equatable {
    /// What a finding calls it, e.g. `a LOX24 API token (<clientId>:<32 hex>)`.
    public var name: String
    /// A regular expression (Swift `Regex` syntax) matching the credential and nothing wider.
    public var pattern: String

    /// Creates a shape.
    public init(name: String, pattern: String) {
        self.name = name
        self.pattern = pattern
    }

    /// Whether `pattern` is a regular expression at all (a test checks every provider's).
    public var isValid: Bool { (try? Regex(pattern)) != nil }

    /// The first text in `text` of this shape, or nil (also for an invalid pattern, which `isValid` reports).
    public func firstMatch(in text: String) -> String? {
        guard let regex = try? Regex(pattern), let match = try? regex.firstMatch(in: text) else { return nil }
        return String(text[match.range])
    }
}
