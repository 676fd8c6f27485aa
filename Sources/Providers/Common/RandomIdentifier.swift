/// Random identifiers of a fixed length over an alphabet, as providers hand out per call
/// (LOX24's request ids, Skycore's tracking ids).
public enum RandomIdentifier {
    /// Lowercase ASCII letters and digits.
    public static let lowercaseAlphanumerics = "abcdefghijklmnopqrstuvwxyz0123456789"
    /// ASCII letters of both cases and digits.
    public static let alphanumerics = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

    /// `length` characters drawn uniformly from `alphabet`, which must be non-empty ASCII.
    public static func make(length: Int, alphabet: String) -> String {
        let characters = Array(alphabet.utf8)
        guard !characters.isEmpty else { return "" }
        var generator = SystemRandomNumberGenerator()
        return String(decoding: (0..<max(0, length)).map { _ in characters[Int(generator.next(upperBound: UInt64(characters.count)))] }, as: UTF8.self)
    }
}
