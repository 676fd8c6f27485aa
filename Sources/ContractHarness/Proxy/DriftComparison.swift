import Providers
import StructuredData
import Wire

/// Compares a proxied answer with the shadow's prediction: the status, the headers that are contract
/// (those the fake sends, but for per-call ones), and the body path by path — the provider's volatile
/// paths (ids, times) excluded. Each difference is drift, with its path.
public struct DriftComparison: Sendable {
    /// The provider whose volatile headers and paths are excluded.
    public let provider: ProviderDescriptor
    private let volatile: [JSONPathPattern]
    private let volatileHeaders: Set<String>

    /// Creates a comparison for `provider`.
    public init(provider: ProviderDescriptor) {
        self.provider = provider
        volatile = provider.volatileBodyPaths.compactMap { try? JSONPathPattern(parsing: $0) }
        volatileHeaders = CassetteComparator.alwaysVolatileHeaders.union(provider.volatileResponseHeaders.map { $0.lowercased() })
    }

    /// Every drift between `predicted` (the shadow's answer) and `actual` (the upstream's); empty when they agree.
    public func differences(predicted: HTTPResponse, actual: HTTPResponse) -> [Difference] {
        differences(predicted: predicted, actual: actual,
                    bodies: (RecordedBody.decode(predicted.body, contentType: predicted.headers["Content-Type"]),
                             RecordedBody.decode(actual.body, contentType: actual.headers["Content-Type"])))
    }

    /// The same, with both bodies already decoded (the proxy decodes each once per exchange).
    func differences(predicted: HTTPResponse, actual: HTTPResponse, bodies: (predicted: RecordedBody, actual: RecordedBody)) -> [Difference] {
        var differences: [Difference] = []
        if predicted.status != actual.status {
            differences.append(Difference(source: .shadow, path: "status", expected: .integer(predicted.status), actual: .integer(actual.status)))
        }
        var compared = Set<String>()
        for field in predicted.headers where !volatileHeaders.contains(field.name.lowercased()) && compared.insert(field.name.lowercased()).inserted {
            let expected = predicted.headers.values(for: field.name)
            let received = actual.headers.values(for: field.name)
            if expected != received {
                differences.append(Difference(source: .shadow, path: "headers/\(field.name)", expected: Self.json(expected), actual: Self.json(received)))
            }
        }
        let (before, after) = bodies
        // Bodies of one format that compares member by member (JSON, XML, form) differ path by path; others as a whole.
        if let predictedBody = before.formatted, let receivedBody = after.formatted, predictedBody.format.name == receivedBody.format.name,
           predictedBody.format.comparesMembers {
            differences += Difference.from(StructuralDiff(ignoring: volatile).differences(expected: predictedBody.value, actual: receivedBody.value),
                                           source: .shadow, prefix: "body")
        } else if before != after {
            differences.append(Difference(source: .shadow, path: "body", expected: before.encoded, actual: after.encoded,
                                          message: before.kindName == after.kindName ? nil : "predicted \(before.kindPhrase), got \(after.kindPhrase)"))
        }
        return differences
    }

    private static func json(_ values: [String]) -> JSONValue? {
        switch values.count {
        case 0: nil
        case 1: .string(values[0])
        default: .array(values.map(JSONValue.string))
        }
    }
}
