import StructuredData

/// A spec difference and a cassette difference of the same path and actual value, shown once: when the
/// traffic changed, both usually name it, and a reader needs the path once with both sources beside it.
public struct DifferencePair: Sendable, Equatable {
    /// The path both name.
    public let path: String
    /// The spec's side, if it differs there.
    public let spec: Difference?
    /// The cassette's side, if it differs there.
    public let cassette: Difference?

    /// Creates a pair; at least one side should be given.
    public init(path: String, spec: Difference?, cassette: Difference?) {
        self.path = path
        self.spec = spec
        self.cassette = cassette
    }

    /// The actual value (the same on both sides).
    public var actual: JSONValue? { spec?.actual ?? cassette?.actual }

    /// The differences grouped, in first-seen order: each path's spec and cassette difference together when
    /// their actual values agree, otherwise apart.
    public static func pairs(_ differences: [Difference]) -> [DifferencePair] {
        var pairs: [DifferencePair] = []
        for difference in differences {
            let isSpec = difference.source == .spec
            if let index = pairs.firstIndex(where: { pair in
                pair.path == difference.path && pair.actual == difference.actual && (isSpec ? pair.spec == nil : pair.cassette == nil)
            }) {
                let pair = pairs[index]
                pairs[index] = DifferencePair(path: pair.path, spec: isSpec ? difference : pair.spec, cassette: isSpec ? pair.cassette : difference)
            } else {
                pairs.append(DifferencePair(path: difference.path, spec: isSpec ? difference : nil, cassette: isSpec ? nil : difference))
            }
        }
        return pairs
    }
}
