/// "Did you mean" hints: the closest known name to a mistyped one (spec fields, control-API members, CLI options).
public enum NameSuggestion {
    /// The candidate closest to `name` (ignoring case), when it is close enough to be a likely typo.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(name, $0)) }.min { $0.1 < $1.1 }
        guard let (candidate, score) = scored, score <= max(2, name.count / 3) else { return nil }
        return candidate
    }

    /// Levenshtein distance between two names, ignoring case.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.lowercased()), b = Array(rhs.lowercased())
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
