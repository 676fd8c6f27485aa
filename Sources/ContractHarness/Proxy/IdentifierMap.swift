import StructuredData

/// The ids the upstream gave out, each with the id the shadow gave out for the same request, so that a
/// later request naming the upstream's id (`GET /sms/<uuid>`) reaches the shadow naming its own.
///
/// Bounded: it keeps the newest `capacity` pairs, so sustained traffic leaves memory flat.
struct IdentifierMap: Sendable {
    /// The most pairs kept.
    let capacity: Int
    private var predictedByReal: [String: String] = [:]
    private var order: [String] = []
    private var head = 0

    init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
    }

    /// How many pairs are kept.
    var count: Int { predictedByReal.count }

    /// The shadow's id for the upstream's `real` one.
    subscript(real: String) -> String? { predictedByReal[real] }

    /// Learns every volatile value (ids, by the provider's volatile paths) where the two bodies differ.
    /// Values shorter than 6 characters are not ids worth translating (they would match too much).
    mutating func learn(real: JSONValue, predicted: JSONValue, volatile patterns: [JSONPathPattern]) {
        IdentifierTokens.visitLeaves(real) { path, value in
            guard patterns.contains(where: { $0.matches(path) }), let realText = Self.scalarText(value), realText.count >= 6,
                  let predictedText = predicted.value(at: path).flatMap(Self.scalarText), predictedText != realText else { return }
            insert(real: realText, predicted: predictedText)
        }
    }

    /// `text` with each whole token that is a known upstream id replaced by the shadow's.
    func translate(_ text: String) -> String {
        guard !predictedByReal.isEmpty else { return text }
        return IdentifierTokens.replacing(in: text) { predictedByReal[$0] }
    }

    private mutating func insert(real: String, predicted: String) {
        if predictedByReal.updateValue(predicted, forKey: real) == nil { order.append(real) }
        while predictedByReal.count > capacity, head < order.count {
            predictedByReal[order[head]] = nil
            head += 1
        }
        if head > capacity {
            order.removeFirst(head)
            head = 0
        }
    }

    private static func scalarText(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number: value.intValue.map(String.init)
        default: nil
        }
    }
}
