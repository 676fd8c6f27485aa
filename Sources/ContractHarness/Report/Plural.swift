/// English counts with the right plural: `1 problem`, `2 problems`.
public enum Plural {
    /// `count` and `noun`, pluralised with `s` unless `count` is 1 (or with `plural` when given).
    public static func count(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
