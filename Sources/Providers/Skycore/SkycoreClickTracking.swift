/// `click-tracking: true` (seed 002): every link in the text is replaced with an auto-generated
/// short link whose clicks the provider counts.
///
/// A link is `http://` or `https://` (any case) up to the next whitespace, less trailing
/// punctuation that ends a sentence or a bracket (`. , ; : ! ? ) ] } ' "`). Each link, even a
/// repeated one, gets its own short link `https://sky.example/` + 6 base-36 digits, numbered in
/// the order the fake issues them. `sky.example` is a reserved name standing in for Skycore's
/// short-link domain, which the documents do not give.
enum SkycoreClickTracking {
    /// The short links' prefix.
    static let shortLinkBase = "https://sky.example/"

    /// One replaced link.
    struct Link: Sendable, Equatable {
        /// The link as it was in the text.
        var url: String
        /// The short link sent instead.
        var shortURL: String
    }

    /// The text with every link replaced, and the links replaced, in order.
    /// - Parameter firstNumber: the number of the first short link issued; the next ones follow it.
    static func rewrite(_ text: String, firstNumber: Int) -> (text: String, links: [Link]) {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var links: [Link] = []
        var index = 0
        while index < scalars.count {
            guard let end = linkEnd(in: scalars, at: index) else {
                output.append(scalars[index])
                index += 1
                continue
            }
            let link = Link(url: String(String.UnicodeScalarView(scalars[index..<end])), shortURL: shortURL(number: firstNumber + links.count))
            output.append(contentsOf: link.shortURL.unicodeScalars)
            links.append(link)
            index = end
        }
        return (String(output), links)
    }

    /// The short link with the given number: `https://sky.example/000001`.
    static func shortURL(number: Int) -> String {
        let digits = String(number, radix: 36)
        return shortLinkBase + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    private static let schemes: [[Unicode.Scalar]] = ["https://", "http://"].map { Array($0.unicodeScalars) }
    private static let trailingPunctuation: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "'", "\""]

    /// Where the link starting at `start` ends, or nil when no link starts there (or only a bare scheme).
    private static func linkEnd(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        if start > 0, isWordScalar(scalars[start - 1]) { return nil }
        guard let scheme = schemes.first(where: { hasPrefix(scalars, $0, at: start) }) else { return nil }
        var end = start + scheme.count
        while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
        while end > start + scheme.count, trailingPunctuation.contains(scalars[end - 1]) { end -= 1 }
        return end > start + scheme.count ? end : nil
    }

    private static func hasPrefix(_ scalars: [Unicode.Scalar], _ prefix: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + prefix.count <= scalars.count else { return false }
        return zip(scalars[start..<start + prefix.count], prefix).allSatisfy { lowercased($0) == $1 }
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}
